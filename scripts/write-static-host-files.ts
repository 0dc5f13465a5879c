/**
 * After `next build` with `output: "export"`: writes what a static host needs besides pages,
 * because an export has no Next server to send headers or redirects:
 *   _headers, _redirects          Netlify, Cloudflare Pages
 *   vercel.json                   Vercel (static deployment of out/)
 *   _nginx/headers.conf, _nginx/redirects.conf   included by deploy/nginx.conf
 * Old URLs also have HTML redirect pages in the export itself, for hosts that read none of these.
 */
import fs from "node:fs";
import path from "node:path";
import { redirects } from "@/lib/content/queries";
import { embedOrigins } from "@/lib/embed-origins";
import { securityHeaders, type Header } from "@/lib/security-headers";

const outDir = path.resolve(process.env.NEXT_DIST_DIR || "out");
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");

function prefixed(target: string): string {
  return target.startsWith("/") ? basePath + target : target;
}

function nginxString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function main() {
  if (!fs.existsSync(path.join(outDir, "index.html"))) {
    throw new Error(`${outDir} holds no static export: run "npm run build:static" first`);
  }
  const headers: Header[] = securityHeaders(embedOrigins());
  const moves = redirects().map((r) => ({ from: prefixed(r.from), to: prefixed(r.to) }));

  fs.writeFileSync(
    path.join(outDir, "_headers"),
    `${basePath || ""}/*\n${headers.map((h) => `  ${h.key}: ${h.value}`).join("\n")}\n`,
  );
  fs.writeFileSync(path.join(outDir, "_redirects"), moves.map((m) => `${encodeURI(m.from)} ${m.to} 301`).join("\n") + "\n");
  fs.writeFileSync(
    path.join(outDir, "vercel.json"),
    JSON.stringify(
      {
        trailingSlash: true,
        headers: [{ source: `${basePath}/(.*)`, headers }],
        redirects: moves.map((m) => ({ source: m.from, destination: m.to, permanent: true })),
      },
      null,
      2,
    ) + "\n",
  );
  const nginxDir = path.join(outDir, "_nginx");
  fs.mkdirSync(nginxDir, { recursive: true });
  fs.writeFileSync(
    path.join(nginxDir, "headers.conf"),
    headers.map((h) => `add_header ${h.key} ${nginxString(h.value)} always;`).join("\n") + "\n",
  );
  fs.writeFileSync(
    path.join(nginxDir, "redirects.conf"),
    moves.map((m) => `location = ${nginxString(m.from)} { return 301 ${nginxString(m.to)}; }`).join("\n") + "\n",
  );
  console.log(`static host files: ${headers.length} headers, ${moves.length} redirects written to ${path.relative(process.cwd(), outDir) || "."}`);
}

main();
