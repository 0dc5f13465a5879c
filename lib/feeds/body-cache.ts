/**
 * The feed HTML of article bodies, on disk, for one build: written once per article (by the
 * article page's render, or by the first feed that needs it) and read by every feed it appears
 * in, whichever static-generation thread renders the feed.
 *
 * Never shared by two builds: a body's HTML depends on which other pages and files exist (a
 * link becomes internal when its target is served here), which no key of the article can see.
 * So the folder is the build process's own (generation threads share its pid), and
 * scripts/next-build.sh empties the whole cache before each build. `next dev` keeps none: its
 * code and content change under it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { codeFingerprint } from "@/lib/build/code-fingerprint";

const DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".cache", "chapeau-feed-html", String(process.pid));
const ENABLED = process.env.NODE_ENV !== "development";

export function bodyCacheKey(...parts: (string | undefined)[]): string {
  const hash = crypto.createHash("sha1").update(codeFingerprint());
  for (const part of parts) hash.update("\0").update(part ?? "");
  return hash.digest("hex");
}

export function readBodyCache(key: string): string | undefined {
  if (!ENABLED) return undefined;
  try {
    return fs.readFileSync(path.join(DIR, `${key}.html`), "utf8");
  } catch {
    return undefined;
  }
}

export function hasBodyCache(key: string): boolean {
  return ENABLED && fs.existsSync(path.join(DIR, `${key}.html`));
}

export function writeBodyCache(key: string, html: string) {
  if (!ENABLED) return;
  try {
    fs.mkdirSync(DIR, { recursive: true });
    // Written whole then renamed: a thread reading at the same time never sees half a file.
    const tmp = path.join(DIR, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    fs.writeFileSync(tmp, html);
    fs.renameSync(tmp, path.join(DIR, `${key}.html`));
  } catch {
    // A read-only disk only costs the cache.
  }
}
