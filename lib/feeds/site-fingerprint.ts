/**
 * What a body's HTML depends on besides its own text: where its links can lead. A link to the
 * site becomes internal when the site serves its target (an article, a listing, a file) and
 * points at the old site otherwise, and `{% link %}` names articles by their file. So feed HTML
 * cached under a key that includes this fingerprint is never served for a site whose addresses
 * changed: an article added, removed or moved, a redirect, a file uploaded.
 */
import crypto from "node:crypto";
import { perContent } from "@/lib/content/memo";
import { servedUploads } from "@/lib/content/published-uploads";
import { allArticles } from "@/lib/content/queries";
import { pagePaths } from "@/lib/pages/table";

export const siteFingerprint = perContent(() => {
  const hash = crypto.createHash("sha1");
  for (const segments of pagePaths()) hash.update(segments.join("/")).update("\n");
  for (const article of allArticles()) hash.update(`${article.id} ${article.url}\n`);
  // The uploads this build serves, with their size: a link's target and its « PDF, 1,2 Mo » follow them.
  for (const [sitePath, file] of servedUploads()) hash.update(`${sitePath} ${file.size}\n`);
  return hash.digest("hex");
});
