/**
 * Publishes the uploads a build serves: copies them from `$CONTENT_DIR/_uploads/` to
 * public/uploads/ (generated, never committed) and makes the responsive variants and the image
 * manifest of those images only (public/_images/). Which files: lib/content/published-uploads.ts
 * (the ones published pages name; all of them in a preview build). A file used only by a draft or
 * a scheduled article is neither copied nor resized nor named in the manifest.
 *
 * Copied files, rather than a route handler serving `/uploads/[...path]`: Next serves public/
 * as plain files in both modes (with byte ranges for long PDFs and videos, and without holding
 * each file in memory as a prerendered response), and the static export copies them as they are.
 *
 *   npm run images                          what scripts/next-build.sh runs, so every build
 *   npm run images -- --dev                 what `npm run dev` runs: variants of every image, and no
 *                                           public/uploads/ (next dev serves the content folder live)
 */
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { servedUploads } from "@/lib/content/published-uploads";
import { buildVariants } from "@/lib/images/build-variants";
import { commandLine } from "./cli";
import { requireContentFolder } from "./content-folder";

const USAGE = "npm run images [-- --dev]";
const { values } = commandLine(USAGE, { dev: { type: "boolean", default: false } });

const PUBLISHED_DIR = path.join(process.cwd(), "public", "uploads");

async function main() {
  // The first step of `npm run dev` and of every build: a wrong CONTENT_DIR stops them here.
  requireContentFolder();
  const started = Date.now();
  const uploads = values.dev ? loadContent().uploads : servedUploads();
  // Whatever an earlier build published goes: an upload unpublished since must not stay behind.
  fs.rmSync(PUBLISHED_DIR, { recursive: true, force: true });
  let bytes = 0;
  if (!values.dev) {
    for (const [sitePath, upload] of uploads) {
      const target = path.join(PUBLISHED_DIR, ...sitePath.slice("/uploads/".length).split("/"));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(upload.file, target, fs.constants.COPYFILE_FICLONE);
      bytes += upload.size;
    }
  }
  const images = await buildVariants([...uploads].map(([sitePath, upload]) => ({ sitePath, file: upload.file })));
  const all = loadContent().uploads.size;
  console.log(
    values.dev
      ? `uploads: ${all} files served from the content folder by next dev; `
      : `uploads: ${uploads.size} of ${all} files published (${(bytes / 1e6).toFixed(1)} MB); `,
    `images: ${images.images} images, ${images.made} variants made, ${images.reused} reused from cache (${Date.now() - started} ms)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
