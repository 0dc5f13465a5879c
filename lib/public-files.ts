/**
 * Files under public/ that content refers to (`/uploads/x.pdf`): whether they exist, their size
 * and type, for download links and image dimensions. Looked up once per path per process.
 */
import fs from "node:fs";
import path from "node:path";
import { safeDecode } from "@/lib/safe-decode";

const PUBLIC_DIR = path.join(process.cwd(), "public");
const statCache = new Map<string, fs.Stats | null>();

/** Absolute path under public/ for a site path, or undefined if it would leave public/. */
export function publicPath(sitePath: string): string | undefined {
  const full = path.join(PUBLIC_DIR, safeDecode(sitePath.split(/[?#]/)[0]!));
  return full.startsWith(PUBLIC_DIR + path.sep) ? full : undefined;
}

export function publicFileStat(sitePath: string): fs.Stats | undefined {
  if (!sitePath.startsWith("/") || sitePath.startsWith("//")) return undefined;
  if (statCache.has(sitePath)) return statCache.get(sitePath) ?? undefined;
  const full = publicPath(sitePath);
  let stat: fs.Stats | null = null;
  try {
    stat = full ? fs.statSync(full) : null;
    if (stat && !stat.isFile()) stat = null;
  } catch {
    stat = null;
  }
  statCache.set(sitePath, stat);
  return stat ?? undefined;
}

const TYPES: Record<string, string> = {
  pdf: "PDF", doc: "Word", docx: "Word", odt: "OpenDocument texte", xls: "Excel", xlsx: "Excel",
  ods: "OpenDocument tableur", ppt: "PowerPoint", pptx: "PowerPoint", odp: "OpenDocument présentation",
  csv: "CSV", zip: "ZIP", txt: "texte", jpg: "JPEG", jpeg: "JPEG", png: "PNG", svg: "SVG", gif: "GIF",
  webp: "WebP", mp3: "MP3", mp4: "MP4", epub: "EPUB",
};

const DOWNLOAD_EXTENSIONS = new Set(Object.keys(TYPES));

/** `PDF`, `Word`…, for a path that names a downloadable file; undefined for pages. */
export function fileType(href: string): string | undefined {
  const ext = /\.([a-z0-9]{2,5})(?:[?#].*)?$/i.exec(href)?.[1]?.toLowerCase();
  return ext && DOWNLOAD_EXTENSIONS.has(ext) ? TYPES[ext] : undefined;
}

/** « 1,2 Mo », « 350 Ko », French units as RGAA asks for download links. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} o`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} Ko`;
  return `${(bytes / 1_000_000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/** « PDF, 1,2 Mo » when the file is here, « PDF » when only its type is known. */
export function fileInfo(href: string): string | undefined {
  const type = fileType(href);
  if (!type) return undefined;
  const stat = publicFileStat(href);
  return stat ? `${type}, ${formatSize(stat.size)}` : type;
}
