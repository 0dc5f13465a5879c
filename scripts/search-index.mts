/**
 * Builds the search index (Pagefind) from the HTML `next build` wrote, for both ways the site
 * is deployed: with `STATIC_EXPORT=1` it reads the exported site (`out/`, or `NEXT_DIST_DIR`,
 * where Next writes an export when that is set) and writes its `pagefind/` folder; otherwise it
 * reads the prerendered pages of the build folder and writes `public/pagefind/`, which
 * `next start` serves.
 * Only pages marked `data-pagefind-body` are indexed: published articles (see article-view.tsx).
 *
 *   npm run search-index
 */
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

const staticExport = process.env.STATIC_EXPORT === "1";
const siteDir = staticExport ? process.env.NEXT_DIST_DIR || "out" : path.join(process.env.NEXT_DIST_DIR || ".next", "server", "app");
// SEARCH_INDEX_OUT moves the server-mode index (the leak test keeps it inside its build folder).
const outputDir = staticExport ? path.join(siteDir, "pagefind") : process.env.SEARCH_INDEX_OUT || path.join("public", "pagefind");

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * `actualites/x.html` (build folder) or `actualites/x/index.html` (export) -> `/actualites/x/`.
 * No base path: Pagefind prefixes results with the folder its script was loaded from.
 */
function urlOf(file: string): string {
  const rel = path.relative(siteDir, file).split(path.sep).join("/").replace(/\.html$/, "").replace(/(^|\/)index$/, "");
  return `/${rel ? `${rel}/` : ""}`;
}

async function main() {
  if (!fs.existsSync(siteDir)) throw new Error(`${siteDir} not found: run \`next build\` first`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    const content = fs.readFileSync(file, "utf8");
    if (!content.includes("data-pagefind-body")) continue;
    const added = await index.addHTMLFile({ url: urlOf(file), content });
    if (added.errors.length) throw new Error(`${file}: ${added.errors.join("; ")}`);
    pages++;
  }
  if (!pages) throw new Error(`no page to index in ${siteDir} (is data-pagefind-body on the article pages?)`);
  fs.rmSync(outputDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: outputDir });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  console.log(`search index: ${pages} pages from ${siteDir} -> ${outputDir}`);
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
