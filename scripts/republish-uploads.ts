/**
 * Builds of other content in this checkout (the corpus, the benchmark's articles, the leak and
 * hostile tests' sites) publish their own uploads into public/uploads/ and public/_images/, which
 * `next start` of the checkout's own build serves at run time: once they are done, the checkout's
 * own content publishes its uploads again, as its next build would.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

export function republishOwnUploads(root: string): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/publish-uploads.ts"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) console.error(`could not publish this checkout's uploads again:\n${result.stdout}${result.stderr}`);
}
