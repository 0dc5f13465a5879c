/**
 * What a static host needs besides pages, because an export has no Next server to send headers
 * or redirects (written by scripts/write-static-host-files.ts after `next build`):
 *   _headers, _redirects          Netlify, Cloudflare Pages
 *   vercel.json                   Vercel (static deployment of out/)
 *   _nginx/headers.conf, _nginx/redirects.conf   included by deploy/nginx.conf
 * Each format gets the escaping it needs (lib/security/redirect-rules.ts): content reaches these
 * files through redirects, and the schema's check is not the only defence.
 */
import { destinationPattern, nginxRedirect, nginxString, redirectsFileLine, sourcePattern, type Move } from "@/lib/security/redirect-rules";
import type { Header } from "@/lib/security-headers";

export type HostFilesInput = { headers: Header[]; moves: Move[]; basePath: string };

/**
 * Headers come from the configuration, never from content; still, a value that would end its
 * line or name an nginx variable is refused here rather than written.
 */
function checkedHeaders(headers: Header[]): Header[] {
  for (const h of headers) {
    if (!/^[A-Za-z0-9-]+$/.test(h.key) || /[\u0000-\u001f\u007f$]/.test(h.value)) {
      throw new Error(`security header ${JSON.stringify(h.key)}: ${JSON.stringify(h.value)} cannot be written to a host file (control character or « $ »)`);
    }
  }
  return headers;
}

function prefixed(basePath: string, target: string): string {
  return target.startsWith("/") ? basePath + target : target;
}

export type HostFiles = Record<"_headers" | "_redirects" | "vercel.json" | "_nginx/headers.conf" | "_nginx/redirects.conf", string>;

/** File path (relative to the export folder) -> its text. */
export function staticHostFiles({ headers: rawHeaders, moves: rawMoves, basePath }: HostFilesInput): HostFiles {
  const headers = checkedHeaders(rawHeaders);
  const moves = rawMoves.map((m) => ({ from: prefixed(basePath, m.from), to: prefixed(basePath, m.to) }));
  const lines = (list: string[]) => (list.length ? `${list.join("\n")}\n` : "");
  return {
    _headers: `${basePath || ""}/*\n${headers.map((h) => `  ${h.key}: ${h.value}`).join("\n")}\n`,
    _redirects: lines(moves.map(redirectsFileLine)),
    "vercel.json":
      JSON.stringify(
        {
          trailingSlash: true,
          headers: [{ source: `${sourcePattern(basePath)}/(.*)`, headers }],
          redirects: moves.map((m) => ({ source: sourcePattern(m.from), destination: destinationPattern(m.to), permanent: true })),
        },
        null,
        2,
      ) + "\n",
    "_nginx/headers.conf": lines(headers.map((h) => `add_header ${h.key} ${nginxString(h.value)} always;`)),
    "_nginx/redirects.conf": lines(moves.map(nginxRedirect)),
  };
}
