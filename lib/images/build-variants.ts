/**
 * Makes the responsive variants of images (several widths, WebP) and the manifest pages read
 * them from (lib/images/variants.ts). Variants are kept in a cache folder between builds and made
 * again only for images whose content changed.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { cacheDir } from "@/lib/build/cache-dir";
import { writeAtomic } from "@/lib/files/write-atomic";
import { MANIFEST_FILE, VARIANTS_DIR, variantName, widthsFor, type Manifest } from "@/lib/images/variants";

const RASTER = /\.(jpe?g|png|webp|gif|tiff?|avif)$/i;

export type ImageSource = { sitePath: string; file: string };

export function isRaster(name: string): boolean {
  return RASTER.test(name);
}

/** Replaces public/_images/ with the variants of `images` and their manifest, and nothing else. */
export async function buildVariants(images: ImageSource[]): Promise<{ images: number; made: number; reused: number }> {
  const cache = cacheDir("images");
  fs.mkdirSync(cache, { recursive: true });
  fs.rmSync(VARIANTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(VARIANTS_DIR, { recursive: true });
  const manifest: Manifest = {};
  let made = 0;
  let reused = 0;
  const jobs = images.filter((image) => isRaster(image.file)).map((image) => async () => {
    const bytes = fs.readFileSync(image.file);
    const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 16);
    let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
    try {
      meta = await sharp(bytes).metadata();
    } catch (error) {
      console.warn(`images: ${path.relative(process.cwd(), image.file)} is not a readable image (${(error as Error).message})`);
      return;
    }
    if (!meta.width || !meta.height) return;
    const rotated = (meta.orientation ?? 1) >= 5;
    const width = rotated ? meta.height : meta.width;
    const height = rotated ? meta.width : meta.height;
    const widths = widthsFor(width);
    for (const w of widths) {
      const name = variantName({ hash }, w);
      const cached = path.join(cache, name);
      if (fs.existsSync(cached)) {
        reused++;
      } else {
        await sharp(bytes, { animated: false }).rotate().resize({ width: w }).webp({ quality: 75, effort: 4 }).toFile(cached + ".tmp");
        fs.renameSync(cached + ".tmp", cached);
        made++;
      }
      fs.copyFileSync(cached, path.join(VARIANTS_DIR, name));
    }
    manifest[image.sitePath] = { width, height, hash, widths };
  });
  // A few images at a time: sharp already uses several threads per image.
  const parallel = Math.max(1, Math.min(4, os.cpus().length));
  for (let i = 0; i < jobs.length; i += parallel) await Promise.all(jobs.slice(i, i + parallel).map((job) => job()));
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  // Read by `next dev` requests while an upload is published (lib/images/variants.ts).
  writeAtomic(MANIFEST_FILE, JSON.stringify(sorted, null, 1) + "\n");
  return { images: Object.keys(sorted).length, made, reused };
}
