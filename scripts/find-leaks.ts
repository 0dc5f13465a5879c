/**
 * Fails when a marker string appears anywhere in build output folders (contents or file names),
 * `.next/cache` excepted. Works on any folder: a server build, a static export, a copy of a
 * deployment.
 *
 *   npx tsx scripts/find-leaks.ts MARQUEUR .next out
 */
import fs from "node:fs";
import { scanFolder } from "@/lib/build/find-markers";

const [marker, ...folders] = process.argv.slice(2);
if (!marker || !folders.length) {
  console.error("usage: tsx scripts/find-leaks.ts <marker> <build folder>...");
  process.exit(2);
}
let found = 0;
for (const folder of folders) {
  if (!fs.existsSync(folder)) {
    console.error(`${folder}: no such folder`);
    process.exit(2);
  }
  const { files, traces } = scanFolder(folder, [marker]);
  found += traces.length;
  for (const t of traces) console.log(`${folder}/${t.file}: "${marker}" in its ${t.in === "name" ? "name" : "content"}: …${t.excerpt}…`);
  console.log(`${folder}: ${files} files searched, ${traces.length} trace${traces.length === 1 ? "" : "s"} of "${marker}"`);
}
process.exit(found ? 1 : 0);
