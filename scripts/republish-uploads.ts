/**
 * Builds of other content in this checkout (the corpus, the benchmark's articles, the leak and
 * hostile tests' sites) publish their own uploads into public/uploads/ and public/_images/, which
 * `next start` of the checkout's own build serves at run time: once they are done, the checkout's
 * own content publishes its uploads again, as its next build would.
 */
import { spawnSync } from "node:child_process";
import { nodeScript } from "./node-script";

export function republishOwnUploads(root: string): void {
  const { command, args } = nodeScript("scripts/publish-uploads.ts");
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) console.error(`could not publish this checkout's uploads again:\n${result.stdout}${result.stderr}`);
}
