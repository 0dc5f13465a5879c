/**
 * Creates a new article as a draft and says where it is and where to preview it.
 *
 *   npm run new -- "Titre de l'article" [--section actualites] [--mdx]
 *
 * Never overwrites: if an article already has that file name or address, nothing is written.
 */
import { displayPath } from "@/lib/content/load";
import { createArticleFile } from "@/lib/content/new-article";
import { defaultSectionFolder } from "@/lib/content/sections";
import { withBasePath } from "@/lib/urls";
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
const result = createArticleFile({ title, section, mdx });
if (!result.ok) {
  if (result.reason === "unknown-section") {
    fail(`unknown section "${section}": use one of ${result.known.join(", ")}, or create the folder ${result.folder} first`);
  }
  if (result.reason === "empty-slug") fail(`the title "${title}" gives an empty file name: use letters or digits`);
  if (result.reason === "same-name") fail(`${result.other} already exists: nothing was written (choose another title)`, 1);
  fail(`${result.other} already has the address ${result.url}: nothing was written (choose another title)`, 1);
}
const port = process.env.PORT ?? "3000";
console.log(`created ${displayPath(result.file)} (a draft)`);
console.log(`preview: http://localhost:${port}${withBasePath(result.article.url)} (with npm run dev running)`);
