/**
 * After `next build` with `output: "export"`: writes the host files of lib/build/static-host-files.ts
 * (`_headers`, `_redirects`, `vercel.json`, the nginx includes) into the export folder. Old URLs
 * also have HTML redirect pages in the export itself, for hosts that read none of these.
 */
import fs from "node:fs";
import path from "node:path";
import { staticHostFiles } from "@/lib/build/static-host-files";
import { redirects } from "@/lib/content/queries";
import { embedOrigins } from "@/lib/embed-origins";
import { securityHeaders } from "@/lib/security-headers";
import { requireContentFolder } from "./content-folder";

const outDir = path.resolve(process.env.NEXT_DIST_DIR || "out");
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");

function main() {
  requireContentFolder();
  if (!fs.existsSync(path.join(outDir, "index.html"))) {
    console.error(`${outDir} holds no static export: run "npm run build:static" first`);
    process.exit(2);
  }
  const headers = securityHeaders(embedOrigins());
  const moves = redirects();
  for (const [name, text] of Object.entries(staticHostFiles({ headers, moves, basePath }))) {
    fs.mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    fs.writeFileSync(path.join(outDir, name), text);
  }
  console.log(`static host files: ${headers.length} headers, ${moves.length} redirects written to ${path.relative(process.cwd(), outDir) || "."}`);
}

main();
