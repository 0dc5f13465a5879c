/**
 * What a body's HTML depends on besides its own text: where its links can lead. A link to the
 * site becomes internal when the site serves its target (an article, a listing, a file) and
 * points at the old site otherwise, and `{% link %}` names articles by their file. So feed HTML
 * cached under a key that includes this fingerprint is never served for a site whose addresses
 * changed: an article added, removed or moved, a redirect, a file uploaded.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { perContent } from "@/lib/content/memo";
import { allArticles } from "@/lib/content/queries";
import { pagePaths } from "@/lib/pages/table";

export const siteFingerprint = perContent(() => {
  const hash = crypto.createHash("sha1");
  for (const segments of pagePaths()) hash.update(segments.join("/")).update("\n");
  for (const article of allArticles()) hash.update(`${article.id} ${article.url}\n`);
  for (const file of publicFiles()) hash.update(file).update("\n");
  return hash.digest("hex");
});

/** The files content links can reach under public/ (uploads), by site path. */
function publicFiles(): string[] {
  const root = path.join(/*turbopackIgnore: true*/ process.cwd(), "public");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push("/" + path.relative(root, full).split(path.sep).join("/"));
    }
  };
  if (fs.existsSync(path.join(root, "uploads"))) walk(path.join(root, "uploads"));
  return out.sort();
}
