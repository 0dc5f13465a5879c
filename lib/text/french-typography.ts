/**
 * French typographic spaces, as French word processors set them: a non-breaking space before
 * `:`, a narrow non-breaking space before `; ! ?` and inside « », so punctuation never starts a
 * line. Only spaces the author typed are replaced (a missing space before `:` is too often a
 * URL, a time or code); the spaces inside guillemets are added when missing.
 */

export const NBSP = "\u00A0";
export const NNBSP = "\u202F";

const SPACES = "[ \\t\\n\\u00A0\\u202F]";
const BEFORE_COLON = new RegExp(`${SPACES}+(?=:)`, "g");
const BEFORE_HIGH_PUNCTUATION = new RegExp(`${SPACES}+(?=[;!?])`, "g");
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACES}*`, "g");
const BEFORE_CLOSING_GUILLEMET = new RegExp(`${SPACES}*»`, "g");

export function frenchTypography(text: string): string {
  if (!/[:;!?«»]/.test(text)) return text;
  return text
    .replace(BEFORE_COLON, NBSP)
    .replace(BEFORE_HIGH_PUNCTUATION, NNBSP)
    .replace(AFTER_OPENING_GUILLEMET, `«${NNBSP}`)
    .replace(BEFORE_CLOSING_GUILLEMET, `${NNBSP}»`);
}
