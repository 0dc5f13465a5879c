/**
 * The files of the uploads folder (`$CONTENT_DIR/_uploads/`), listed by the content loader with
 * the articles: one listing, renewed when the loader scans again (once per build process, at
 * each scan in `next dev`), so everything that asks « is this file there, how big is it? » sees
 * added, changed and removed files at the same moment as it sees articles.
 */
import fs from "node:fs";
import path from "node:path";
// Relative imports only: the loader is part of what next.config.ts loads (eslint-rules/next-config-boundary.mjs).
import { safeDecode } from "../safe-decode";

/** The uploads folder inside the content folder. A folder beginning with `_` is never a section. */
export const UPLOADS_FOLDER = "_uploads";
/** The public address prefix of uploads, unchanged from the Jekyll site (`/uploads/x.pdf`). */
export const UPLOADS_URL_PREFIX = "/uploads/";

export type UploadFile = {
  /** Absolute path on disk. */
  file: string;
  size: number;
  mtimeMs: number;
};

/** Site path (`/uploads/dossier/a b.pdf`: decoded, accents composed) -> the file. */
export type Uploads = Map<string, UploadFile>;

/**
 * Every regular file under `folder`. Symbolic links are not followed (a link to elsewhere on the
 * disk must not become a public file), nor are hidden files (`.DS_Store`, editors' swap files).
 */
export function listUploads(folder: string): Uploads {
  const out: Uploads = new Map();
  const walk = (dir: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(full, `${name}/`);
      else if (entry.isFile()) {
        const stat = fs.statSync(full, { throwIfNoEntry: false });
        if (stat) out.set(`${UPLOADS_URL_PREFIX}${name.normalize("NFC")}`, { file: full, size: stat.size, mtimeMs: stat.mtimeMs });
      }
    }
  };
  walk(folder, "");
  return out;
}

/** Whether two listings name the same files with the same sizes and dates (nothing to recompute). */
export function sameUploads(a: Uploads, b: Uploads): boolean {
  if (a.size !== b.size) return false;
  for (const [key, file] of a) {
    const other = b.get(key);
    if (!other || other.file !== file.file || other.size !== file.size || other.mtimeMs !== file.mtimeMs) return false;
  }
  return true;
}

/**
 * The key of a site path in a listing (`/uploads/a%20b.pdf?v=2` -> `/uploads/a b.pdf`), or
 * undefined when the path is no upload. `..` cannot climb out: keys are names found on disk.
 */
export function uploadKey(sitePath: string): string | undefined {
  const pathOnly = safeDecode(sitePath.split(/[?#]/)[0]!).normalize("NFC");
  return pathOnly.startsWith(UPLOADS_URL_PREFIX) && pathOnly.length > UPLOADS_URL_PREFIX.length ? pathOnly : undefined;
}

// Characters that end a reference in Markdown, HTML, YAML or JSON; a file name may still contain
// some of them (a space), so each place where one appears is tried as an end.
const ENDS = new Set([" ", "\t", "\n", "\r", '"', "'", ")", "(", "<", ">", "]", "[", "|", ",", ";", "`", "}", "{", "?", "#", "&", "\\"]);
const LONGEST_NAME = 512;

/**
 * The uploads a text names, however it spells them (`/uploads/x.pdf`, `/uploads/a%20b.pdf`,
 * `https://old.host/uploads/x.pdf`, `../uploads/x.pdf`, `&amp;` in raw HTML), found by looking
 * up each candidate in the listing: a text that names a file is taken to use it. Linear in the
 * length of the text (each candidate is at most LONGEST_NAME characters).
 */
export function uploadsNamedIn(text: string, uploads: Uploads, found: Set<string> = new Set()): Set<string> {
  if (!uploads.size) return found;
  const marker = "uploads/";
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    const start = at + marker.length;
    const limit = Math.min(text.length, start + LONGEST_NAME);
    for (let end = start + 1; end <= limit; end++) {
      if (end < limit && !ENDS.has(text[end]!)) continue;
      const raw = text.slice(start, end).replace(/&amp;/g, "&");
      const key = uploadKey(`${UPLOADS_URL_PREFIX}${raw}`);
      if (key && uploads.has(key)) found.add(key);
      if (text[end] === "\n") break;
    }
  }
  return found;
}
