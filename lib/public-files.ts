/**
 * Files of the site that content refers to: uploads (`/uploads/x.pdf`, from `$CONTENT_DIR/_uploads/`)
 * and the few other files under public/. Whether they exist, their size and type, for download
 * links, image dimensions and the content check.
 */
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { uploadKey } from "@/lib/content/upload-files";
import { safeDecode } from "@/lib/safe-decode";

const PUBLIC_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "public");

export type SiteFile = { file: string; size: number; mtimeMs: number };

/**
 * The file a site path names, or undefined. Uploads are looked up in the content loader's
 * listing, which `next dev` renews with the articles (lib/content/load.ts): a file added, changed
 * or removed there is seen at once, and nothing here keeps its own copy. A build's public/uploads/
 * (written by scripts/publish-uploads.ts) is never consulted: it holds only what is published.
 */
export function siteFile(sitePath: string): SiteFile | undefined {
  if (!sitePath.startsWith("/") || sitePath.startsWith("//")) return undefined;
  const key = uploadKey(sitePath);
  if (key) return loadContent().uploads.get(key);
  if (sitePath.startsWith("/uploads/")) return undefined;
  const full = path.join(PUBLIC_DIR, safeDecode(sitePath.split(/[?#]/)[0]!));
  if (!full.startsWith(PUBLIC_DIR + path.sep)) return undefined;
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  return stat?.isFile() ? { file: full, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
}

const TYPES: Record<string, string> = {
  pdf: "PDF", doc: "Word", docx: "Word", odt: "OpenDocument texte", xls: "Excel", xlsx: "Excel",
  ods: "OpenDocument tableur", ppt: "PowerPoint", pptx: "PowerPoint", odp: "OpenDocument présentation",
  csv: "CSV", zip: "ZIP", txt: "texte", jpg: "JPEG", jpeg: "JPEG", png: "PNG", svg: "SVG", gif: "GIF",
  webp: "WebP", mp3: "MP3", mp4: "MP4", epub: "EPUB",
};

const MEDIA_TYPES: Record<string, string> = {
  pdf: "application/pdf", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp",
  avif: "image/avif", svg: "image/svg+xml", mp3: "audio/mpeg", mp4: "video/mp4", csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8", zip: "application/zip", epub: "application/epub+zip", json: "application/json",
  odt: "application/vnd.oasis.opendocument.text", ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation", doc: "application/msword", xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/** The media type a file is served with (as a static host would guess it from its extension). */
export function contentType(file: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? "";
  return MEDIA_TYPES[ext] ?? "application/octet-stream";
}

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
  const stat = siteFile(href);
  return stat ? `${type}, ${formatSize(stat.size)}` : type;
}
