/**
 * The host files of a static export and Next's own redirects, fed redirects that got past the
 * schema (the second line of defence): CR/LF, nginx variables, spaces, `;`, quotes, braces,
 * pattern characters. Each format is read by what reads it in production: `_redirects` split as
 * Netlify splits it, vercel.json parsed as JSON and its patterns by Next's own matcher and
 * compiler, the nginx include loaded by a real nginx that is then asked every old address.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticHostFiles } from "@/lib/build/static-host-files";
import { destinationPattern, sourcePattern, type Move } from "@/lib/security/redirect-rules";
import { securityHeaders } from "@/lib/security-headers";

const HOSTILE: Move[] = [
  { from: "/a/", to: "/x/\r\nSet-Cookie: injected=1" },
  { from: "/b/\nX-Injected: 1", to: "/y/" },
  { from: "/c/", to: "/$http_host/${host}/$request_uri" },
  { from: "/d d/", to: "https://evil.example/ 200!" },
  { from: "/e/", to: '/q";} location / { return 301 https://evil.example/; #x' },
  { from: "/f/:splat/*", to: "/g/:splat/(.*)" },
  { from: "/h/{x}/", to: "/i/\\n/\\r/" },
  { from: '/j/"; return 200 "x', to: "/k/;/'\t/" },
  { from: "/l/", to: "https://exemple.fr/a:b/?q=:x&r=$1#frag" },
];
const ORDINARY: Move[] = [
  { from: "/ancienne/", to: "/actualites/nouvelle/" },
  { from: "/vers-dehors/", to: "https://blog.beta.gouv.fr/dinsic/2021/06/30/découvrez-les-lauréats/" },
];
const MOVES = [...HOSTILE, ...ORDINARY];
const files = staticHostFiles({ headers: securityHeaders(["https://www.youtube-nocookie.com"]), moves: MOVES, basePath: "" });

/** A redirect target as the browser will read it back: every escape undone. */
const decoded = (s: string) => decodeURIComponent(s);

describe("_redirects", () => {
  const lines = files._redirects.split("\n").slice(0, -1);
  it("holds one rule a redirect, each of exactly three fields", () => {
    expect(lines).toHaveLength(MOVES.length);
    for (const line of lines) expect(line.split(/\s+/), line).toHaveLength(3);
  });
  it("leads each old address exactly where the content said, with no placeholder read", () => {
    lines.forEach((line, i) => {
      const [from, to, status] = line.split(" ");
      expect(status).toBe("301");
      expect(decoded(from!)).toBe(MOVES[i]!.from);
      expect(decoded(to!)).toBe(MOVES[i]!.to);
      expect(from).not.toMatch(/[*:]/);
      // No placeholder in the target's path either (the scheme's own colon apart).
      expect(to!.replace(/^https?:\/\//, "").split(/[?#]/)[0]).not.toMatch(/[*:]/);
    });
  });
});

describe("vercel.json and Next's redirects()", () => {
  const json = JSON.parse(files["vercel.json"]) as { redirects: { source: string; destination: string }[] };
  it("parses, with one rule a redirect", () => expect(json.redirects).toHaveLength(MOVES.length));
  it.each(MOVES.map((m, i) => [i, m] as const))("rule %i matches its old address only, and leads to its target", (i, move) => {
    const { source, destination } = json.redirects[i]!;
    expect(source).toBe(sourcePattern(move.from));
    expect(destination).toBe(destinationPattern(move.to));
    const match = getPathMatch(source, { strict: true, removeUnnamedParams: true });
    // Requests arrive percent-encoded: a source with a space or a control character matches that form.
    expect(match(move.from) || match(move.from.replace(/[\s\u0000-\u001f]/g, encodeURIComponent))).toEqual({});
    expect(match("/autre/")).toBe(false);
    const { newUrl, parsedDestination } = prepareDestination({ destination, params: {}, query: {}, appendParamsToQuery: false });
    const [pathname, hash] = newUrl.split("#");
    const origin = parsedDestination.protocol ? `${parsedDestination.protocol}//${parsedDestination.hostname}` : "";
    const url = `${origin}${pathname}${parsedDestination.search ?? ""}${hash === undefined ? "" : `#${hash}`}`;
    expect(decoded(url)).toBe(move.to);
  });
});

describe("the nginx include, loaded by nginx", () => {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  const port = Number(process.env.E2E_PORT ?? 3200) + 7;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-nginx-"));
  let server: ReturnType<typeof spawn> | undefined;

  beforeAll(async () => {
    if (!nginx) return;
    fs.writeFileSync(path.join(dir, "redirects.conf"), files["_nginx/redirects.conf"]);
    fs.writeFileSync(path.join(dir, "headers.conf"), files["_nginx/headers.conf"]);
    const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${dir}/${t};`).join(" ");
    fs.writeFileSync(
      path.join(dir, "nginx.conf"),
      `daemon off; pid ${dir}/nginx.pid; error_log stderr;
events {}
http { access_log off; ${temp} absolute_redirect off;
  server { listen 127.0.0.1:${port};
    include ${dir}/headers.conf;
    include ${dir}/redirects.conf;
    location / { return 404; } } }
`,
    );
    const test = spawnSync(nginx, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], { encoding: "utf8" });
    expect(test.status, test.stderr).toBe(0);
    server = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], { stdio: "ignore" });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("nginx did not start");
  });
  afterAll(() => {
    server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!nginx).each(MOVES.filter((m) => !/[\u0000-\u001f]/.test(m.from)).map((m) => [m.from, m] as const))(
    "%j answers 301 to its target, nothing else",
    async (_from, move) => {
      const response = await fetch(`http://127.0.0.1:${port}${encodeURI(move.from)}`, { redirect: "manual" });
      expect(response.status).toBe(301);
      expect(decoded(response.headers.get("location")!)).toBe(move.to);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("x-injected")).toBeNull();
    },
  );

  it.skipIf(!nginx)("adds no rule: any other address is not redirected", async () => {
    for (const other of ["/", "/q/", "/autre/", "/b/", "/j/"]) {
      const response = await fetch(`http://127.0.0.1:${port}${other}`, { redirect: "manual" });
      expect(response.status, other).toBe(404);
    }
  });
});
