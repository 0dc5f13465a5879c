/**
 * Responsive variants of the uploaded images a build publishes: several widths in WebP, made at
 * build time by scripts/publish-uploads.ts (lib/images/build-variants.ts, sharp) so both
 * deployment modes serve them as plain files. The manifest says, for each image, its intrinsic
 * size and the widths that exist.
 */
import fs from "node:fs";
import path from "node:path";

export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600, 1920] as const;
const MAX_WIDTH = 1920;
export const VARIANTS_URL = "/_images";
export const VARIANTS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "_images");
export const MANIFEST_FILE = path.join(VARIANTS_DIR, "manifest.json");

export type ImageEntry = {
  width: number;
  height: number;
  /** First characters of the content hash: variant names change when the image does. */
  hash: string;
  widths: number[];
};

export type Manifest = Record<string, ImageEntry>;

export function variantName(entry: Pick<ImageEntry, "hash">, width: number): string {
  return `${entry.hash}-${width}.webp`;
}

/** Widths worth making for an image: none wider than the original, which is always offered. */
export function widthsFor(originalWidth: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < originalWidth);
  widths.push(Math.min(originalWidth, MAX_WIDTH));
  return widths;
}

let cached: { mtime: number; manifest: Manifest } | undefined;

/** The manifest written by the last image build (re-read in development when it changes). */
export function readManifest(): Manifest {
  if (cached && process.env.NODE_ENV !== "development") return cached.manifest;
  let mtime = 0;
  try {
    mtime = fs.statSync(MANIFEST_FILE).mtimeMs;
  } catch {
    cached = { mtime: -1, manifest: {} };
    return cached.manifest;
  }
  if (!cached || cached.mtime !== mtime) {
    cached = { mtime, manifest: JSON.parse(fs.readFileSync(MANIFEST_FILE, "utf8")) as Manifest };
  }
  return cached.manifest;
}

/** `srcset` candidates for a site path, or nothing when no variants were made for it. */
export function srcSetFor(src: string): { entry: ImageEntry; candidates: { url: string; width: number }[] } | undefined {
  const entry = readManifest()[decodeSafe(src.split(/[?#]/)[0]!)];
  if (!entry) return undefined;
  return { entry, candidates: entry.widths.map((width) => ({ url: `${VARIANTS_URL}/${variantName(entry, width)}`, width })) };
}

function decodeSafe(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
