/**
 * Content is untrusted input, proven on real builds: a site is built (server mode and static
 * export) from hostile articles — every construct that carries an address written with every
 * spelling of a forbidden scheme, ids that would clobber the page's globals, event handlers,
 * hostile inline HTML in the front-matter texts printed as HTML — then
 *   1. every output file (HTML, Flight payloads, feeds, JSON-LD) is read as a browser and a feed
 *      reader would (lib/build/scan-hostile.ts): no refused address, no event handler, no
 *      embedding element, no unprefixed content id;
 *   2. Chromium opens every article of the server build: no dialog opens, no page error is
 *      thrown, and `self.__next_f` is still Next's array (hydration was not broken).
 * A control article carries an ordinary link that must be found, so a scan that sees nothing
 * cannot pass.
 *
 *   npm run test:hostile                   server build and static export
 *   npm run test:hostile -- --server-only  the server build alone
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { scanForHostileOutput } from "@/lib/build/scan-hostile";
import { commandLine } from "./cli";
import { nodeScript } from "./node-script";
import { republishOwnUploads } from "./republish-uploads";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { HOSTILE_REDIRECTS } from "../tests/fixtures/hostile/redirects";
import { HOSTILE_URLS } from "../tests/fixtures/hostile/urls";

const { values: options } = commandLine("npm run test:hostile [-- --server-only]", { "server-only": { type: "boolean" } });

const root = path.resolve(import.meta.dirname, "..");
const templates = path.join(root, "tests", "fixtures", "hostile");
const content = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-hostile-"));
const CONTROL = "https://controle.example/lien-ordinaire";
// In the range of ports this checkout's tests own (E2E_PORT to E2E_PORT + 7, playwright.config.ts).
const PORT = Number(process.env.HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 7);

function write(relative: string, text: string) {
  const file = path.join(content, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** The hostile fixtures, minus the lines the content check rejects as errors (a build refuses them). */
function template(name: string): string {
  return fs
    .readFileSync(path.join(templates, name), "utf8")
    .split("\n")
    .filter((line) => !/^<Embed |^<Encadre title="Encadré" level|^<Figure align="milieu"/.test(line))
    .join("\n");
}

const frontMatter = (title: string, n: number) =>
  `---\ntitle: "${title}"\ndate: 2024-01-${String(n).padStart(2, "0")} 10:00:00 +01:00\ntags:\n- Sécurité\n---\n\n`;

HOSTILE_URLS.forEach((url, i) => {
  const n = i + 1;
  write(`actualites/adresses-${n}.md`, frontMatter(`Adresses hostiles ${n}`, n) + template("links.md").replaceAll("{{URL}}", url));
  // In MDX a bare `<` starts JSX: written as an entity there.
  const mdxUrl = url.replaceAll("<", "&lt;");
  write(`actualites/adresses-mdx-${n}.mdx`, frontMatter(`Adresses hostiles MDX ${n}`, n) + template("links.mdx").replaceAll("{{URL}}", mdxUrl));
});
write("actualites/ecrasement.md", frontMatter("Écrasement", 20) + template("clobber.md"));
write("actualites/ecrasement-mdx.mdx", frontMatter("Écrasement MDX", 21) + template("clobber.mdx"));
write(
  "evenements/textes-hostiles.md",
  `---
title: "Textes hostiles de l'en-tête"
date: 2024-01-22 10:00:00 +01:00
chapeau-text: 'Un <a href="javascript:alert(1)" onclick="alert(1)">lien</a> et <img src="data:image/png;base64,iVBORw0KGgo=" onerror="alert(1)" alt="">'
une-ou-diaporama:
- image: "data:image/png;base64,iVBORw0KGgo="
  alternative-textuelle: '"><script>alert(1)</script>'
  legende: 'Légende <script>alert(1)</script><a href="java&#x09;script:alert(1)">piège</a><iframe src="https://evil.example/"></iframe>'
lieu: '<a href="vbscript:msgbox(1)" onmouseover="alert(1)">Salle</a><br>Paris'
adresse: '<span id="__next_f">1 rue</span>'
event_start_date: 2024-02-01 10:00:00 +01:00
contact-presse:
  name: '<b>Service</b> <img src=x onerror=alert(1)>'
---

Texte.
`,
);
write("actualites/controle.md", frontMatter("Contrôle", 23) + `Un [lien ordinaire](${CONTROL}).\n`);
// Redirects whose characters mean something to Next's patterns, nginx or a config line.
HOSTILE_REDIRECTS.forEach((r, i) => {
  write(`redirections/${r.file}`, `---\ntitle: "Redirection ${i + 1}"\ndate: 2024-01-${String(i + 1).padStart(2, "0")} 09:00:00 +01:00\n${r.frontMatter}\n---\n\nTexte.\n`);
});

type Build = { name: string; env: Record<string, string>; folders: string[]; server?: string };
const allBuilds: Build[] = [
  { name: "server build", env: { NEXT_DIST_DIR: ".next-test" }, folders: [".next-test"], server: ".next-test" },
  // With `output: "export"` and a custom distDir, Next writes the exported site to the distDir.
  // The tests' exports share out-test: Turbopack's cache is per configuration, distDir included.
  { name: "static export", env: { STATIC_EXPORT: "1", NEXT_DIST_DIR: "out-test" }, folders: ["out-test"] },
];
const builds = allBuilds.filter((b) => !options["server-only"] || b.server);

// Next rewrites tsconfig.json to include the types of a build folder it has not seen before.
const tsconfig = path.join(root, "tsconfig.json");
const tsconfigText = fs.readFileSync(tsconfig, "utf8");

/** Seconds since the start, printed after each step: the part's cost is read off its log. */
const started = Date.now();
const elapsed = () => `(${Math.round((Date.now() - started) / 1000)} s)`;

async function main() {
  let failed = false;
  const fail = (message: string) => {
    console.error(`✗ ${message}`);
    failed = true;
  };
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of ["NODE_ENV", "CHAPEAU_PREVIEW", "VERCEL_ENV"]) delete baseEnv[key];
  // The check judges links as written (a `java%09script:` link is a broken relative link to it,
  // an error); it must read every hostile file without failing itself. `next build` alone is
  // then run, as a host that skips the check would.
  const checkScript = nodeScript("scripts/check.ts", ["--quiet"], { conditions: "import" });
  const check = spawnSync(checkScript.command, checkScript.args, { cwd: root, env: baseEnv, encoding: "utf8" });
  const checked = check.status === 0 || check.status === 1;
  console.log(`content check of the hostile site read every file ${elapsed()}`);
  if (!checked) fail(`the content check failed on the hostile site (exit ${check.status}):\n${check.stdout}${check.stderr}`);
  for (const build of checked ? builds : []) {
    const env: NodeJS.ProcessEnv = { ...baseEnv, ...build.env };
    console.log(`${build.name}: building the site from hostile content (${content})…`);
    const result = spawnSync("sh", ["scripts/next-build.sh"], { cwd: root, env, encoding: "utf8" });
    console.log(`${build.name}: built ${elapsed()}`);
    fs.writeFileSync(tsconfig, tsconfigText);
    if (result.status !== 0) {
      fail(`${build.name}: the build failed\n${result.stdout}\n${result.stderr}`);
      continue;
    }
    for (const folder of build.folders) {
      const scan = scanForHostileOutput(path.join(root, folder));
      const control = scan.files > 0 && grep(path.join(root, folder), CONTROL);
      if (!control) fail(`${build.name}: the control link was not found in ${folder}: the scan proves nothing`);
      for (const finding of scan.findings) fail(`${build.name}: ${folder}/${finding.file}: ${finding.problem}: ${finding.value}`);
      if (!scan.findings.length && control) {
        console.log(`✓ ${build.name}: ${scan.files} files of ${folder} read, ${scan.addressesSeen} addresses judged, nothing hostile came out ${elapsed()}`);
      }
    }
    if (build.server) failed = (await inBrowser(build.server, fail)) || failed;
  }
  fs.rmSync(content, { recursive: true, force: true });
  republishOwnUploads(root);
  process.exit(failed ? 1 : 0);
}

function grep(folder: string, needle: string): boolean {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(html|body|xml|json|rsc)$/.test(entry.name)) continue;
    if (fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8").includes(needle)) return true;
  }
  return false;
}

/** In the page: pointer-over, pointer-enter, move and focus events on every element of the article. */
const POINTER_AND_FOCUS = () => {
  const kinds = ["pointerover", "pointerenter", "mouseover", "mouseenter", "mousemove", "focus", "focusin"];
  for (const element of document.querySelectorAll("article *")) {
    for (const kind of kinds) {
      const init = { bubbles: !kind.endsWith("enter") && kind !== "focus", cancelable: true, view: window };
      element.dispatchEvent(kind.startsWith("pointer") ? new PointerEvent(kind, init) : kind.startsWith("focus") ? new FocusEvent(kind, init) : new MouseEvent(kind, init));
    }
  }
};

/** Opens every hostile article of the server build in Chromium. */
async function inBrowser(distDir: string, fail: (m: string) => void): Promise<boolean> {
  let failed = false;
  const report = (m: string) => {
    failed = true;
    fail(m);
  };
  const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitFor(`${base}/`);
    const pages = fs
      .readdirSync(path.join(content, "actualites"))
      .map((f) => `/actualites/${f.replace(/\.mdx?$/, "")}/`)
      .concat(["/agenda/textes-hostiles/"]);
    // Most of a page's time is waiting (hydration, the pointer over each link): three at a time.
    const queue = [...pages];
    const openNext = async (): Promise<void> => {
      const address = queue.shift();
      if (address === undefined) return;
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("dialog", (dialog) => {
        problems.push(`a dialog opened (${dialog.type()}: ${dialog.message()})`);
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      const response = await page.goto(base + address, { waitUntil: "load" });
      if (response?.status() !== 200) problems.push(`answered ${response?.status()}`);
      // Hydration done, then what a pointer and the keyboard do to every element of the article
      // (inline handlers and React's listeners both answer dispatched events), in one go: hovering
      // each link in turn waited on every hidden or covered one.
      await page.waitForTimeout(300);
      await page.evaluate(POINTER_AND_FOCUS);
      // Every address as the browser itself parsed it: only the schemes the policy allows.
      const schemes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("[href], [src], [action], [formaction], [poster], [cite]")].flatMap((el) =>
          ["href", "src", "action", "formAction", "poster", "cite"].flatMap((key) => {
            const value = (el as unknown as Record<string, unknown>)[key];
            if (typeof value !== "string" || !value) return [];
            const scheme = new URL(value, location.href).protocol;
            const rasterImage = el.tagName === "IMG" && key === "src" && /^data:image\/(png|jpe?g|gif|webp)[;,]/i.test(value);
            return ["http:", "https:", "mailto:", "tel:"].includes(scheme) || rasterImage ? [] : [`${el.tagName.toLowerCase()} ${key}=${value.slice(0, 60)}`];
          }),
        ),
      );
      for (const bad of schemes) problems.push(`the browser reads a forbidden address: ${bad}`);
      const nextArray = await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f));
      if (!nextArray) problems.push("self.__next_f is no longer Next's array (the page was clobbered)");
      for (const problem of problems) report(`${address}: ${problem}`);
      await page.close();
      return openNext();
    };
    await Promise.all([openNext(), openNext(), openNext()]);
    if (!failed) console.log(`✓ server build in Chromium: ${pages.length} hostile pages opened, no dialog, no page error, self.__next_f intact ${elapsed()}`);
    // Next's redirects(): each old address leads exactly where its article says, nothing else.
    for (const r of HOSTILE_REDIRECTS) {
      const response = await fetch(base + encodeURI(r.from), { redirect: "manual" });
      const location = response.headers.get("location") ?? "";
      const target = decodeURIComponent(location.replace(base, ""));
      if (response.status !== 308 && response.status !== 301) report(`${r.from}: answered ${response.status}, not a permanent redirect`);
      else if (target !== r.to) report(`${r.from}: redirects to ${location}, not ${r.to}`);
      if (response.headers.get("set-cookie")) report(`${r.from}: a Set-Cookie header came with the redirect`);
    }
    if (!failed) console.log(`✓ server build: ${HOSTILE_REDIRECTS.length} redirects with pattern and variable characters answered exactly`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  return failed;
}

async function waitFor(url: string) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
