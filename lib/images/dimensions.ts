/** Intrinsic size of an image under public/ that the image build has not seen yet. */
import sharp from "sharp";
import { publicFileStat, publicPath } from "@/lib/public-files";

export type Dimensions = { width: number; height: number };

const cache = new Map<string, Promise<Dimensions | undefined>>();

export function imageDimensions(src: string): Promise<Dimensions | undefined> {
  let pending = cache.get(src);
  if (!pending) {
    pending = read(src);
    cache.set(src, pending);
  }
  return pending;
}

async function read(src: string): Promise<Dimensions | undefined> {
  if (!publicFileStat(src)) return undefined;
  try {
    const meta = await sharp(publicPath(src)!).metadata();
    if (!meta.width || !meta.height) return undefined;
    // EXIF orientations 5-8 are rotated a quarter turn.
    const rotated = (meta.orientation ?? 1) >= 5;
    return rotated ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
  } catch {
    return undefined;
  }
}
