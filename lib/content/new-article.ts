/**
 * Creating a new article's file, for `npm run new` and the studio's « Nouvel article »: the
 * scaffold (lib/content/scaffold.ts) written into its section, never over another file and never
 * at an address another article already has.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir, displayPath, loadContent } from "./load";
import { scaffoldArticle, type Scaffold } from "./scaffold";
import { isSectionFolder } from "./sections";
import { jekyllSlug } from "./slug";
import { siteConfig } from "../../site.config";

export type NewArticle = { title: string; section: string; mdx?: boolean; now?: Date };

export type Created = { ok: true; file: string; article: Scaffold };
/** Why nothing was written; `other` is the display path of the file in the way. */
export type NotCreated =
  | { ok: false; reason: "unknown-section"; known: string[]; folder: string }
  | { ok: false; reason: "empty-slug" }
  | { ok: false; reason: "same-name" | "same-address"; other: string; url: string };

export function createArticleFile({ title, section, mdx = false, now = new Date() }: NewArticle): Created | NotCreated {
  const dir = contentDir();
  const sectionDir = path.join(dir, section);
  const known = Object.keys(siteConfig.sections);
  if (!isSectionFolder(section) || section.includes("/") || section.includes("\\") || (!known.includes(section) && !fs.existsSync(sectionDir))) {
    return { ok: false, reason: "unknown-section", known, folder: displayPath(sectionDir) };
  }
  const article = scaffoldArticle({ title, section, mdx, now });
  if (!article.slug) return { ok: false, reason: "empty-slug" };
  // Another extension of the same name, or any article at the same address, would take the URL.
  const sameName = fs.existsSync(sectionDir)
    ? fs.readdirSync(sectionDir).find((f) => /\.(md|markdown|mdx)$/i.test(f) && jekyllSlug(path.parse(f).name) === article.slug)
    : undefined;
  if (sameName) return { ok: false, reason: "same-name", other: displayPath(path.join(sectionDir, sameName)), url: article.url };
  const index = loadContent();
  const owner = index.byUrl.get(article.url)?.displayPath ?? index.broken.find((b) => b.url === article.url)?.displayPath;
  if (owner) return { ok: false, reason: "same-address", other: owner, url: article.url };
  const file = path.join(sectionDir, article.fileName);
  fs.mkdirSync(sectionDir, { recursive: true });
  fs.writeFileSync(file, article.text, { flag: "wx" });
  return { ok: true, file, article };
}
