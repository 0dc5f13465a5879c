/**
 * Looks for marker strings in every byte of a build's output: file contents and file names.
 * Used to prove that drafts leave no trace in a production build (`scripts/find-leaks.ts`).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export type Trace = {
  /** The file, relative to the folder searched. */
  file: string;
  marker: string;
  /** Found in the file's path (a page or asset named after the draft) or in its bytes. */
  in: "name" | "content";
  /** A few characters around the first occurrence, to see what leaked. */
  excerpt: string;
};

export type ScanResult = { folder: string; files: number; bytes: number; traces: Trace[] };

/**
 * In a Next build folder (it holds BUILD_ID), Next's own build cache (`cache/`) keeps compiler
 * inputs between builds and `dev/` is `next dev`'s: neither is ever served or deployed; everything
 * else is. An exported site has no such folders of Next's: its `cache/` or `dev/` would be a
 * section of the site, searched like the rest.
 */
const NOT_DEPLOYED = new Set(["cache", "dev"]);

export function scanFolder(folder: string, markers: string[]): ScanResult {
  const wanted = markers.map((m) => m.toLowerCase());
  const result: ScanResult = { folder, files: 0, bytes: 0, traces: [] };
  const nextBuild = fs.existsSync(path.join(folder, "BUILD_ID"));
  const visit = (dir: string, depth: number) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (nextBuild && depth === 0 && NOT_DEPLOYED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      const rel = path.relative(folder, full);
      for (const marker of wanted) {
        if (entry.name.toLowerCase().includes(marker)) result.traces.push({ file: rel, marker, in: "name", excerpt: rel });
      }
      if (entry.isDirectory()) visit(full, depth + 1);
      else if (entry.isFile()) scanFile(full, rel, wanted, result);
    }
  };
  visit(folder, 0);
  return result;
}

function scanFile(full: string, rel: string, markers: string[], result: ScanResult) {
  const raw = fs.readFileSync(full);
  // Search-index fragments (Pagefind) and other gzip files are read as their readers will.
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipOr(raw) : raw;
  result.files++;
  result.bytes += bytes.length;
  // latin1 maps each byte to one character, so any encoding of an ASCII marker is found,
  // and case is folded because slugs and URLs lower-case what editors wrote.
  const text = bytes.toString("latin1").toLowerCase();
  for (const marker of markers) {
    const at = text.indexOf(marker);
    if (at >= 0) {
      const excerpt = bytes.toString("utf8", Math.max(0, at - 60), at + marker.length + 60).replace(/\s+/g, " ");
      result.traces.push({ file: rel, marker, in: "content", excerpt });
    }
  }
}

function gunzipOr(raw: Buffer): Buffer {
  try {
    return zlib.gunzipSync(raw);
  } catch {
    return raw;
  }
}
