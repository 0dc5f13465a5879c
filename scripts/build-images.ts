/**
 * Makes the responsive variants of every raster image under public/ (several widths, WebP) and
 * the manifest pages read them from. Variants are kept in a cache folder between builds and
 * made again only for images whose content changed.
 *
 *   npm run images            (run by dev, build and build:static)
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { cacheDir } from "@/lib/build/cache-dir";
import { MANIFEST_FILE, VARIANTS_DIR, variantName, widthsFor, type Manifest } from "@/lib/images/variants";
import { requireContentFolder } from "./content-folder";

const PUBLIC_DIR = path.join(process.cwd(), "public");
const CACHE_DIR = cacheDir("images");
const RASTER = /\.(jpe?g|png|webp|gif|tiff?|avif)$/i;

function* rasterImages(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== VARIANTS_DIR) yield* rasterImages(full);
    } else if (RASTER.test(entry.name)) {
      yield full;
    }
  }
}

async function main() {
  // The first step of `npm run dev` and `npm run build`: a wrong CONTENT_DIR stops them here.
  requireContentFolder();
  const started = Date.now();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.rmSync(VARIANTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(VARIANTS_DIR, { recursive: true });
  const manifest: Manifest = {};
  let made = 0;
  let reused = 0;
  const jobs: (() => Promise<void>)[] = [];
  for (const file of rasterImages(PUBLIC_DIR)) {
    jobs.push(async () => {
      const bytes = fs.readFileSync(file);
      const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 16);
      let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
      try {
        meta = await sharp(bytes).metadata();
      } catch (error) {
        console.warn(`images: ${path.relative(process.cwd(), file)} is not a readable image (${(error as Error).message})`);
        return;
      }
      if (!meta.width || !meta.height) return;
      const rotated = (meta.orientation ?? 1) >= 5;
      const width = rotated ? meta.height : meta.width;
      const height = rotated ? meta.width : meta.height;
      const widths = widthsFor(width);
      for (const w of widths) {
        const name = variantName({ hash }, w);
        const cached = path.join(CACHE_DIR, name);
        if (fs.existsSync(cached)) {
          reused++;
        } else {
          await sharp(bytes, { animated: false }).rotate().resize({ width: w }).webp({ quality: 75, effort: 4 }).toFile(cached + ".tmp");
          fs.renameSync(cached + ".tmp", cached);
          made++;
        }
        fs.copyFileSync(cached, path.join(VARIANTS_DIR, name));
      }
      const sitePath = "/" + path.relative(PUBLIC_DIR, file).split(path.sep).join("/");
      manifest[sitePath] = { width, height, hash, widths };
    });
  }
  // A few images at a time: sharp already uses several threads per image.
  const parallel = Math.max(1, Math.min(4, os.cpus().length));
  for (let i = 0; i < jobs.length; i += parallel) await Promise.all(jobs.slice(i, i + parallel).map((job) => job()));
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(MANIFEST_FILE, JSON.stringify(sorted, null, 1) + "\n");
  console.log(
    `images: ${Object.keys(manifest).length} images, ${made} variants made, ${reused} reused from cache (${Date.now() - started} ms)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
