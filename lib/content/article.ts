/**
 * Validated front matter -> the Article every page reads. All the Jekyll history (misspelt keys,
 * three ways to say "redirect", `une` vs `une-ou-diaporama`) is resolved here, once.
 */
import path from "node:path";
import { safeDecode } from "../safe-decode";
import type { Position } from "./front-matter";
import type { FrontMatter } from "./schema";
import { IGNORED_KEYS, KNOWN_KEYS } from "./schema";
import { sectionKind } from "./sections";
import { asciiSlug, jekyllSlug } from "./slug";
import type { Article, Attachment, ContentIssue, ImageRef, Publication, Section, Term } from "./types";

type Input = {
  id: string;
  file: string;
  displayPath: string;
  format: "md" | "mdx";
  section: Section;
  basename: string;
  /** Validated by `frontMatterFor`, which knew whether the file is a draft. */
  data: FrontMatter;
  body: string;
  bodyLine: number;
  locate(path: readonly PropertyKey[]): Position | undefined;
  issues: ContentIssue[];
};

export function buildArticle(input: Input): Article {
  const { data } = input;
  const slug = data.slug ? jekyllSlug(data.slug) : jekyllSlug(input.basename);
  const url = data.permalink ? normalisePath(data.permalink) : `/${input.section.path}/${slug}/`;
  const slides = images(data["une-ou-diaporama"]);
  const legacyHero = data.une?.image ? image(data.une) : undefined;
  const keys = Object.keys(data);
  reportFrontMatter(input, keys);
  const publication: Publication = data.draft
    ? { draft: true, title: data.title ?? path.basename(input.file), untitled: !data.title }
    : { draft: false, title: data.title };
  return {
    ...publication,
    id: input.id,
    file: input.file,
    displayPath: input.displayPath,
    format: input.format,
    section: input.section,
    slug,
    url,
    date: data.date?.instant,
    dateHasTime: data.date?.hasTime ?? false,
    updated: data.date_de_modification?.instant,
    categories: terms(data.categories),
    tags: terms(data.tags),
    chapeau: data["chapeau-text"],
    subtitle: data["sous-titre"],
    author: data.auteur,
    hero: slides[0] ?? legacyHero,
    slides: slides.length ? slides : legacyHero ? [legacyHero] : [],
    files: attachments(data.files, attachedDocument(data, input.section)),
    pressContact: data["contact-presse"]
      ? {
          name: data["contact-presse"].name,
          phones: phoneList(data["contact-presse"].tel),
          email: data["contact-presse"].email,
        }
      : undefined,
    event:
      data.event_start_date || data.event_end_date || data.lieu || data.adresse || data.champs_informations?.length
        ? {
            start: data.event_start_date,
            end: data.event_end_date,
            place: data.lieu,
            address: data.adresse,
            fields: (data.champs_informations ?? [])
              .filter((f) => f.intitule && f.contenu)
              .map((f) => ({ label: f.intitule!, value: f.contenu!, href: f.lien })),
          }
        : undefined,
    redirectTo: data.redirect_to ?? data.redirection ?? data["redirection-interne"],
    redirectFrom: data.redirect_from.map(normalisePath),
    featured: data.is_une === true,
    lang: data.lang,
    body: input.body,
    bodyLine: input.bodyLine,
    unknownKeys: keys.filter((k) => !KNOWN_KEYS.has(k)),
    ignoredKeys: keys.filter((k) => IGNORED_KEYS.has(k)),
  };
}

/** `bna` -> `/bna/`; absolute URLs are kept as they are. */
export function normalisePath(value: string): string {
  if (/^[a-z]+:/i.test(value)) return value;
  const trimmed = value.trim().replace(/^\/*/, "/").replace(/\/*$/, "/");
  return trimmed.replace(/\/{2,}/g, "/");
}

/** Labels -> terms; two spellings of one slug are one term (the first spelling is its label). */
export function terms(labels: string[]): Term[] {
  const out = new Map<string, Term>();
  for (const label of labels) {
    const slug = asciiSlug(label);
    if (slug && !out.has(slug)) out.set(slug, { slug, label });
  }
  return [...out.values()];
}

type RawImage = {
  image?: string;
  legende?: string;
  "alternative-textuelle"?: string;
  "alternative-textuel"?: string;
};

function image(raw: RawImage): ImageRef {
  return {
    src: raw.image!,
    alt: raw["alternative-textuelle"] ?? raw["alternative-textuel"] ?? "",
    caption: raw.legende,
  };
}

/**
 * `une-ou-diaporama` items. An item without an image but with a caption or alt text completes
 * the image before it: the source site has files written that way.
 */
function images(list: (RawImage | null)[] | null | undefined): ImageRef[] {
  const out: ImageRef[] = [];
  for (const raw of list ?? []) {
    if (!raw) continue;
    if (raw.image) {
      out.push(image(raw));
      continue;
    }
    const previous = out[out.length - 1];
    if (!previous) continue;
    const alt = raw["alternative-textuelle"] ?? raw["alternative-textuel"];
    if (alt && !previous.alt) previous.alt = alt;
    if (raw.legende && !previous.caption) previous.caption = raw.legende;
  }
  return out;
}

/**
 * `communique_file`, or `file` when `files` lists nothing (the source site's editor filled
 * `file` on its own, and kept a stale copy there when `files` was used).
 */
function attachedDocument(data: FrontMatter, section: Section): Attachment | undefined {
  if (data.communique_file) return { href: data.communique_file, name: "Télécharger le communiqué de presse" };
  if (!data.file || data.files?.some((f) => f?.file || f?.lien)) return undefined;
  const pressRelease = sectionKind(section.folder) === "press";
  return { href: data.file, name: pressRelease ? "Télécharger le communiqué de presse" : fileNameOf(data.file) };
}

function attachments(
  list: ({ file?: string; lien?: string; nom?: string } | null)[] | null | undefined,
  attached: Attachment | undefined,
): Attachment[] {
  const out: Attachment[] = [];
  for (const raw of list ?? []) {
    const href = raw?.file ?? raw?.lien;
    if (!href) continue;
    out.push({ href, name: raw?.nom ?? fileNameOf(href) });
  }
  if (attached && !out.some((a) => a.href === attached.href)) out.unshift(attached);
  return out;
}

function fileNameOf(href: string): string {
  const last = href.split(/[?#]/)[0]!.split("/").filter(Boolean).pop() ?? href;
  return safeDecode(last);
}

function phoneList(tel: (string | null)[] | string | null | undefined): string[] {
  const list = tel === null || tel === undefined ? [] : Array.isArray(tel) ? tel : [tel];
  return list.filter((t): t is string => Boolean(t)).map((t) => t.trim()).filter(Boolean);
}

/** Warnings about keys that are accepted but have no effect or an odd shape. */
function reportFrontMatter(input: Input, keys: string[]) {
  const warn = (keyPath: PropertyKey[], message: string) => {
    const pos = input.locate(keyPath) ?? { line: 1, column: 1 };
    input.issues.push({ file: input.displayPath, line: pos.line, column: pos.column, severity: "warning", message });
  };
  for (const key of keys) {
    if (IGNORED_KEYS.has(key)) warn([key], `front matter "${key}" is a Jekyll presentation key and has no effect here`);
    else if (!KNOWN_KEYS.has(key)) warn([key], `front matter "${key}" is not a known key (kept, not shown)`);
  }
  const { data } = input;
  // What a draft still lacks is no error (it is not published); a document published without a
  // date is a page, not news.
  if (data.draft && !data.title) {
    warn(["title"], `à compléter avant publication : no "title" yet (the preview shows the file name « ${path.basename(input.file)} » in its place)`);
  }
  if (!data.date) {
    const message = data.draft
      ? `à compléter avant publication : no "date" yet (published without one, it would be an undated page)`
      : `sans date : publié comme page (no "date": no date shown, not in the feeds, listed after the dated articles of its section; add a date if it is news)`;
    warn(["date"], message);
  }
  input.data.files?.forEach((raw, i) => {
    if (raw && !raw.file && !raw.lien) warn(["files", i], `front matter "files[${i}]" has no "file" or "lien": it is not listed`);
  });
  input.data["une-ou-diaporama"]?.forEach((raw, i) => {
    if (raw && !raw.image) warn(["une-ou-diaporama", i], `front matter "une-ou-diaporama[${i}]" has no "image"`);
  });
}
