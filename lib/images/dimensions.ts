/** Intrinsic size of an image of the site that the image build has not seen yet (added in `next dev`). */
import sharp from "sharp";
import { siteFile } from "@/lib/public-files";

export type Dimensions = { width: number; height: number };

// Keyed by the file and its size and date: a file changed in `next dev` is measured again.
const cache = new Map<string, Promise<Dimensions | undefined>>();

export function imageDimensions(src: string): Promise<Dimensions | undefined> {
  const found = siteFile(src);
  if (!found) return Promise.resolve(undefined);
  const key = `${found.file}:${found.size}:${found.mtimeMs}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = read(found.file);
    cache.set(key, pending);
  }
  return pending;
}

async function read(file: string): Promise<Dimensions | undefined> {
  try {
    const meta = await sharp(file).metadata();
    if (!meta.width || !meta.height) return undefined;
    // EXIF orientations 5-8 are rotated a quarter turn.
    const rotated = (meta.orientation ?? 1) >= 5;
    return rotated ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
  } catch {
    return undefined;
  }
}
