/**
 * The feed HTML of article bodies, on disk: one pipeline run per article per build serves every
 * feed it appears in, whichever static-generation worker renders the feed, and the next build
 * reuses it while neither the article nor the code changed.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { codeFingerprint } from "@/lib/build/code-fingerprint";

const DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".cache", "chapeau-feed-html");

export function bodyCacheKey(...parts: (string | undefined)[]): string {
  const hash = crypto.createHash("sha1").update(codeFingerprint());
  for (const part of parts) hash.update("\0").update(part ?? "");
  return hash.digest("hex");
}

export function readBodyCache(key: string): string | undefined {
  try {
    return fs.readFileSync(path.join(DIR, `${key}.html`), "utf8");
  } catch {
    return undefined;
  }
}

export function hasBodyCache(key: string): boolean {
  return fs.existsSync(path.join(DIR, `${key}.html`));
}

export function writeBodyCache(key: string, html: string) {
  try {
    fs.mkdirSync(DIR, { recursive: true });
    // Written whole then renamed: a worker reading at the same time never sees half a file.
    const tmp = path.join(DIR, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    fs.writeFileSync(tmp, html);
    fs.renameSync(tmp, path.join(DIR, `${key}.html`));
  } catch {
    // A read-only disk only costs the cache.
  }
}
