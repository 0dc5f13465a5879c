/**
 * Creates a new article as a draft and says where it is and where to preview it.
 *
 *   npm run new -- "Titre de l'article" [--section actualites] [--mdx]
 *
 * Never overwrites: if an article already has that file name or address, nothing is written.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir, displayPath, loadContent } from "@/lib/content/load";
import { scaffoldArticle } from "@/lib/content/scaffold";
import { defaultSectionFolder, isSectionFolder } from "@/lib/content/sections";
import { jekyllSlug } from "@/lib/content/slug";
import { withBasePath } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { requireContentFolder } from "./content-folder";

const USAGE = `usage: npm run new -- "Titre de l'article" [--section actualites] [--mdx]`;

function fail(message: string, status = 2): never {
  console.error(message);
  process.exit(status);
}

const args = process.argv.slice(2);
const positional: string[] = [];
let section = defaultSectionFolder();
let mdx = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === "--mdx") mdx = true;
  else if (arg === "--section") section = args[++i] ?? fail(USAGE);
  else if (arg.startsWith("--section=")) section = arg.slice("--section=".length);
  else if (arg.startsWith("--")) fail(`unknown option ${arg}\n${USAGE}`);
  else positional.push(arg);
}
const title = positional.join(" ").trim();
if (!title) fail(USAGE);

requireContentFolder();
const dir = contentDir();
const sectionDir = path.join(dir, section);
const known = Object.keys(siteConfig.sections);
if (!isSectionFolder(section) || (!known.includes(section) && !fs.existsSync(sectionDir))) {
  fail(`unknown section "${section}": use one of ${known.join(", ")}, or create the folder ${displayPath(sectionDir)} first`);
}

const article = scaffoldArticle({ title, section, mdx, now: new Date() });
if (!article.slug) fail(`the title "${title}" gives an empty file name: use letters or digits`);
const file = path.join(sectionDir, article.fileName);

// Another extension of the same name, or any article at the same address, would take the URL.
const sameName = fs.existsSync(sectionDir)
  ? fs.readdirSync(sectionDir).find((f) => /\.(md|markdown|mdx)$/i.test(f) && jekyllSlug(path.parse(f).name) === article.slug)
  : undefined;
if (sameName) fail(`${displayPath(path.join(sectionDir, sameName))} already exists: nothing was written (choose another title)`, 1);
const index = loadContent();
const owner = index.byUrl.get(article.url)?.displayPath ?? index.broken.find((b) => b.url === article.url)?.displayPath;
if (owner) fail(`${owner} already has the address ${article.url}: nothing was written (choose another title)`, 1);

fs.mkdirSync(sectionDir, { recursive: true });
fs.writeFileSync(file, article.text, { flag: "wx" });
const port = process.env.PORT ?? "3000";
console.log(`created ${displayPath(file)} (a draft)`);
console.log(`preview: http://localhost:${port}${withBasePath(article.url)} (with npm run dev running)`);
