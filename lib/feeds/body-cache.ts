/**
 * The feed HTML of article bodies, on disk: made once by whichever feed needs it first, read by
 * every other feed, every generation thread and later builds.
 *
 * One validity rule: an entry is found only under the key of everything its HTML depends on —
 * the code, the article's text and language, the site's addresses, and what the site serves (a
 * link becomes internal when its target exists here, see siteFingerprint). No folder per
 * process, no wipe before a build: a plain `next build` is as safe as `npm run build`.
 * `next dev` keeps none: its code changes under it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "@/lib/build/cache-dir";
import { codeFingerprint } from "@/lib/build/code-fingerprint";
import { writeAtomic } from "@/lib/files/write-atomic";

// Read when first needed: the folder can be chosen after this module loads (tests).
const dir = () => cacheDir("feed-html");
const ENABLED = process.env.NODE_ENV !== "development";
// Entries no build has written for this long are dropped (keys change with content and code).
const MAX_AGE_MS = 30 * 86_400_000;

export function bodyCacheKey(...parts: (string | undefined)[]): string {
  const hash = crypto.createHash("sha1").update(codeFingerprint());
  for (const part of parts) hash.update("\0").update(part ?? "");
  return hash.digest("hex");
}

export function readBodyCache(key: string): string | undefined {
  if (!ENABLED) return undefined;
  try {
    return fs.readFileSync(path.join(dir(), `${key}.html`), "utf8");
  } catch {
    return undefined;
  }
}

let pruned = false;

export function writeBodyCache(key: string, html: string) {
  if (!ENABLED) return;
  try {
    const folder = dir();
    fs.mkdirSync(folder, { recursive: true });
    if (!pruned) prune(folder);
    // A thread reading at the same time never sees half a file.
    writeAtomic(path.join(folder, `${key}.html`), html);
  } catch {
    // A read-only disk only costs the cache.
  }
}

function prune(folder: string) {
  pruned = true;
  const now = Date.now();
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > MAX_AGE_MS) fs.rmSync(file, { force: true });
  }
}
