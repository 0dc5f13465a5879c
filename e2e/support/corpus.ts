/**
 * The shared corpus of real articles (test data only, never copied into the site): where it is,
 * and what each file should become, read from the files themselves.
 */
import fs from "node:fs";
import path from "node:path";
import { splitFile } from "@/lib/content/front-matter";
import { jekyllSlug } from "@/lib/content/slug";
import { siteConfig } from "@/site.config";
import { readSource, type SourceExpectations } from "./source-reading";

export const CORPUS_DEFAULT = "../shared/corpus/numerique.gouv.fr";

/** The corpus folder (`CORPUS_DIR` overrides the default), or undefined when this machine has none. */
export function corpusDir(): string | undefined {
  const dir = path.resolve(process.cwd(), process.env.CORPUS_DIR || CORPUS_DEFAULT);
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? dir : undefined;
}

export type CorpusImage = { alt: string; caption?: string };

export type CorpusEntry = {
  /** Path relative to the corpus folder, for test names. */
  name: string;
  url: string;
  title: string;
  kind: "article" | "redirect" | "unpublished";
  redirectTo?: string;
  redirectFrom: string[];
  /** Images of the front matter (hero or slideshow). */
  images: CorpusImage[];
  section: string;
  eventPlace?: string;
  hasEventDate: boolean;
  /** E-mail address of `contact-presse`. */
  pressEmail?: string;
  /** Names of the attachments (`files`), as the page must list them. */
  attachments: string[];
  expect: SourceExpectations;
};

const EXTENSIONS = /\.(md|markdown|mdx)$/i;

function asString(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  return undefined;
}

function normalisePath(value: string): string {
  if (/^[a-z]+:/i.test(value)) return value;
  return `/${value.trim().replace(/^\/+|\/+$/g, "")}/`.replace(/\/{2,}/g, "/");
}

function frontMatterImages(data: Record<string, unknown>): CorpusImage[] {
  const list = Array.isArray(data["une-ou-diaporama"]) ? data["une-ou-diaporama"] : data.une ? [data.une] : [];
  const out: CorpusImage[] = [];
  for (const item of list) {
    if (!item || typeof item !== "object") continue;
    const raw = item as Record<string, unknown>;
    const alt = asString(raw["alternative-textuelle"]) ?? asString(raw["alternative-textuel"]) ?? "";
    const caption = asString(raw.legende);
    if (asString(raw.image)) out.push({ alt, caption });
    else if (out.length && (alt || caption)) {
      // An item without an image completes the one before it (the source site wrote some that way).
      const previous = out[out.length - 1]!;
      previous.alt ||= alt;
      previous.caption ??= caption;
    }
  }
  return out;
}

export function corpusEntries(dir: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, folder);
    if (!fs.statSync(full).isDirectory() || folder.startsWith("_") || folder.startsWith(".")) continue;
    const sectionPath = siteConfig.sections[folder]?.path ?? folder;
    for (const file of fs.readdirSync(full).sort()) {
      if (!EXTENSIONS.test(file)) continue;
      const split = splitFile(fs.readFileSync(path.join(full, file), "utf8"));
      const data = split.data;
      const permalink = asString(data.permalink);
      const slug = asString(data.slug) ?? file.replace(EXTENSIONS, "");
      const url = permalink ? normalisePath(permalink) : `/${sectionPath}/${jekyllSlug(slug)}/`;
      const redirectTo = asString(data.redirect_to) ?? asString(data.redirection) ?? asString(data["redirection-interne"]);
      const unpublished = data.published === false || data.draft === true;
      const redirectFrom = (Array.isArray(data.redirect_from) ? data.redirect_from : [data.redirect_from])
        .map(asString)
        .filter((p): p is string => !!p)
        .map(normalisePath);
      entries.push({
        name: `${folder}/${file}`,
        url,
        title: asString(data.title) ?? "",
        kind: unpublished ? "unpublished" : redirectTo ? "redirect" : "article",
        redirectTo,
        redirectFrom,
        images: frontMatterImages(data),
        section: folder,
        eventPlace: asString(data.lieu),
        hasEventDate: data.event_start_date !== undefined && data.event_start_date !== null,
        pressEmail: asString((data["contact-presse"] as Record<string, unknown> | null | undefined)?.email),
        attachments: (Array.isArray(data.files) ? data.files : [])
          .map((f) => (f && typeof f === "object" ? (f as Record<string, unknown>) : {}))
          .filter((f) => asString(f.file) || asString(f.lien))
          .map((f) => asString(f.nom) ?? ""),
        expect: readSource(split.body, siteConfig.legacyHosts),
      });
    }
  }
  return entries;
}

/** Every path the corpus build serves as a page or a redirect, for "does this link lead somewhere?". */
export function servedPaths(entries: CorpusEntry[]): Set<string> {
  const served = new Set<string>(["/"]);
  for (const entry of entries) {
    if (entry.kind === "unpublished") continue;
    served.add(entry.url);
    for (const from of entry.redirectFrom) served.add(from);
    served.add(`/${siteConfig.sections[entry.section]?.path ?? entry.section}/`);
  }
  return served;
}
