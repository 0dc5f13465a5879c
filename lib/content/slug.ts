/**
 * The two slug rules of the site. Every URL segment built from text goes through one of them.
 */

// Jekyll's `slugify(mode: "pretty")`: runs of anything but letters, marks, digits and
// `._~!$&'()+,;=@` become one hyphen. Kept identical so migrated URLs do not change.
const JEKYLL_PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;

/** The slug Jekyll gives a collection document from its file name (`:title`, pretty mode, lower case). */
export function jekyllSlug(basename: string): string {
  return basename.replace(JEKYLL_PRETTY, "-").replace(/^-+|-+$/g, "").toLowerCase();
}

const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

/**
 * ASCII slug for tags, categories and heading anchors: accents folded, everything that is not
 * a letter or digit becomes a hyphen. `Accélérateur d'initiatives` -> `accelerateur-d-initiatives`.
 */
export function asciiSlug(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
