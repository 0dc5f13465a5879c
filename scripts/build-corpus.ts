/**
 * Builds the shared corpus of real articles as-is (CONTENT_DIR=<corpus>) into .next-test, for
 * the `corpus` browser tests. On a machine without the corpus it says so and does nothing.
 *
 *   npm run build:corpus            # ../shared/corpus/numerique.gouv.fr
 *   CORPUS_DIR=/path npm run build:corpus
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { republishOwnUploads } from "./republish-uploads";

const dir = path.resolve(process.env.CORPUS_DIR || "../shared/corpus/numerique.gouv.fr");
if (!fs.existsSync(dir)) {
  console.log(`Corpus build skipped: no corpus at ${dir} (set CORPUS_DIR to a folder of section folders: actualites/, communiques/…).`);
  process.exit(0);
}

const result = spawnSync("sh", ["scripts/next-build.sh"], {
  stdio: "inherit",
  env: { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: ".next-test", SEARCH_INDEX_OUT: ".next-test/pagefind", NEXT_TELEMETRY_DISABLED: "1" },
});
republishOwnUploads(process.cwd());
process.exit(result.status ?? 1);
