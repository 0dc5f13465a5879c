/**
 * The promise behind drafts: a production build holds no trace of them. Plants a marker in a
 * draft, a draft without a date, an unpublished article, an article of `_drafts/`, a file waiting
 * in `_a-reparer/` and a scheduled article (and in the
 * tag, category, images and old address only they use), builds the site from that content, and
 * searches every byte of the output. A published article carries a second marker that must be
 * found, so a search that sees nothing cannot pass. The same outputs must hold nothing of the
 * studio, which exists only under `next dev`.
 *
 * Embargoes hold for files too: the scheduled article's press kit (a PDF) and the draft's image
 * are uploads of `_uploads/`; neither may be served at its address (asked of `next start` and of
 * the exported folder) nor named anywhere, nor may the draft image's variants exist (their names
 * carry its content hash, searched like the markers). The published article's PDF is served.
 *
 *   npm run test:leaks                     server build (`.next-test/`), static export and preview build
 *   npm run test:leaks -- --server-only    the server build alone
 *
 * The static export's build files go to `.next/` (Next puts them there whenever `output: "export"`
 * has a distDir of its own), replacing the last `npm run build`: build again afterwards.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { scanFolder, type ScanResult } from "@/lib/build/find-markers";
import { nodeScript } from "./node-script";
import { republishOwnUploads } from "./republish-uploads";

const root = path.resolve(import.meta.dirname, "..");
const token = crypto.randomBytes(4).toString("hex");
const SECRET = `fuitesecrete${token}`;
const CONTROL = `controlepublic${token}`;

const content = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-leaks-"));
// The fixture site, never the bundled content/ an organisation replaces.
fs.cpSync(path.join(root, "tests", "fixtures", "site"), content, { recursive: true });

// The embargoed files: a scheduled communiqué's press kit and a draft's image (with colours of its
// own, so its content hash, and its variants' names, are its own).
const PRESS_KIT = `dossier-de-presse-${SECRET}.pdf`;
const DRAFT_IMAGE = `image-${SECRET}.jpg`;
const CONTROL_PDF = `rapport-${CONTROL}.pdf`;
const uploads = path.join(content, "_uploads");
fs.mkdirSync(uploads, { recursive: true });
fs.writeFileSync(path.join(uploads, PRESS_KIT), `%PDF-1.4\n% Dossier de presse ${SECRET}\n%%EOF\n`);
fs.writeFileSync(path.join(uploads, CONTROL_PDF), `%PDF-1.4\n% Rapport ${CONTROL}\n%%EOF\n`);

/** Draws the draft's image; returns its content hash, as variant names carry it (lib/images/build-variants.ts: `<hash>-<width>.webp`). */
async function drawDraftImage(): Promise<string> {
  const [red, green, blue] = crypto.randomBytes(3);
  const image = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: red!, g: green!, b: blue! } } }).jpeg().toBuffer();
  fs.writeFileSync(path.join(uploads, DRAFT_IMAGE), image);
  return crypto.createHash("sha256").update(image).digest("hex").slice(0, 16);
}

function plant(relative: string, frontMatter: string, image = "/uploads/composants-une.jpg") {
  const file = path.join(content, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `---
title: "Titre ${SECRET}"
${frontMatter}
tags:
- "Étiquette ${SECRET}"
categories:
- "Catégorie ${SECRET}"
chapeau-text: "Le chapeau ${SECRET}, avec [un lien](/actualites/)."
une-ou-diaporama:
- image: "${image}"
  alternative-textuelle: "Image ${SECRET}"
redirect_from:
- /ancienne-adresse-${SECRET}/
---

Le texte ${SECRET}.

## Intertitre ${SECRET}
`,
  );
}

plant(`actualites/brouillon-${SECRET}.md`, "date: 2024-01-10 10:00:00 +01:00\ndraft: true", `/uploads/${DRAFT_IMAGE}`);
plant(`communiques/non-publie-${SECRET}.md`, "date: 2024-01-11 10:00:00 +01:00\npublished: false");
plant(`_drafts/dossier-${SECRET}.md`, "date: 2024-01-12 10:00:00 +01:00");
plant(`evenements/programme-${SECRET}.md`, "date: 2099-06-03 10:00:00 +02:00");
plant(`communiques/sous-embargo-${SECRET}.md`, `date: 2099-06-04 10:00:00 +02:00\nfiles:\n- file: "/uploads/${PRESS_KIT}"\n  nom: "Dossier de presse"`);
plant(`actualites/sans-date-${SECRET}.md`, "draft: true");
// Never published, not even in a preview: it is no article until it is moved to its section.
plant(`_a-reparer/actualites/a-reparer-${SECRET}.md`, "date: 2024-01-13 10:00:00 +01:00");
fs.writeFileSync(
  path.join(content, "actualites", `publie-${CONTROL}.md`),
  `---\ntitle: "Publié ${CONTROL}"\ndate: 2024-01-09 10:00:00 +01:00\ntags:\n- Rédaction\n---\n\nLe texte ${CONTROL}, et [le rapport](/uploads/${CONTROL_PDF}).\n`,
);

// Enough published articles in one section, tag and category for every paginated route to have a
// page 2: a static export refuses a route whose generateStaticParams returns nothing.
for (let n = 1; n <= 14; n++) {
  fs.writeFileSync(
    path.join(content, "actualites", `remplissage-${n}.md`),
    `---\ntitle: "Article de remplissage ${n}"\ndate: 2020-01-${String(n).padStart(2, "0")} 10:00:00 +01:00\ncategories:\n- Article\ntags:\n- Rédaction\n---\n\nLe texte.\n`,
  );
}

/** The pages a preview build must have made, one for each planted article. */
const PLANTED_PAGES = [
  `actualites/brouillon-${SECRET}.html`,
  `actualites/sans-date-${SECRET}.html`,
  `espace-presse/non-publie-${SECRET}.html`,
  `actualites/dossier-${SECRET}.html`,
  `agenda/programme-${SECRET}.html`,
  `espace-presse/sous-embargo-${SECRET}.html`,
];

/**
 * Words only the studio's code holds (app/studio/, components/studio/, lib/studio/): its token
 * header, its storage key, its routes and the name of its editor's pages.
 */
const STUDIO_MARKERS = ["x-chapeau-studio", "chapeau-studio:", "/studio/api/", "studio/modifier", "StudioEditor", "previewArticle"];

/** What readers get at each upload's address: the embargoed ones must be missing, the published one there. */
type AddressCheck = (sitePath: string) => Promise<number>;
const ADDRESSES = [`/uploads/${PRESS_KIT}`, `/uploads/${DRAFT_IMAGE}`];

async function checkAddresses(mode: string, status: AddressCheck): Promise<boolean> {
  let ok = true;
  for (const address of ADDRESSES) {
    const got = await status(address);
    if (got !== 404) {
      console.error(`✗ ${mode}: ${address} answers ${got}: an embargoed file is served`);
      ok = false;
    }
  }
  const control = await status(`/uploads/${CONTROL_PDF}`);
  if (control !== 200) {
    console.error(`✗ ${mode}: the published article's file /uploads/${CONTROL_PDF} answers ${control}, not 200: the address check proves nothing`);
    ok = false;
  }
  if (ok) console.log(`✓ ${mode}: the embargoed uploads answer 404 at their address, the published one 200`);
  return ok;
}

/** Asks `next start` on the server build (its own port, E2E_PORT + 6, inside the range this checkout's tests own). */
async function serverStatuses(env: NodeJS.ProcessEnv): Promise<AddressCheck | undefined> {
  const port = String(Number(process.env.E2E_PORT ?? 3100) + 6);
  const server = spawn("node_modules/.bin/next", ["start", "-p", port], { cwd: root, env: { ...env, NODE_ENV: "production" }, detached: true, stdio: "ignore" });
  stopServer = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const status: AddressCheck = async (sitePath) => (await fetch(`http://127.0.0.1:${port}${sitePath}`, { redirect: "manual" })).status;
  for (let tries = 0; tries < 120; tries++) {
    try {
      await status("/");
      return status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  stopServer();
  return undefined;
}
let stopServer = () => {};

/** A static host serves the files of the export folder, and answers 404 for anything else. */
function exportStatuses(folder: string): AddressCheck {
  return async (sitePath) => (fs.existsSync(path.join(root, folder, ...sitePath.split("/").filter(Boolean))) ? 200 : 404);
}

type Mode = { name: string; env: Record<string, string>; folders: string[]; preview?: boolean; exported?: string };
const modes: Mode[] = [
  { name: "server build", env: { NEXT_DIST_DIR: ".next-test", SEARCH_INDEX_OUT: ".next-test/pagefind" }, folders: [".next-test"] },
];
if (!process.argv.includes("--server-only")) {
  // With `output: "export"` and a custom distDir, Next writes its build files to `.next` and
  // the exported site to the distDir: both are searched.
  // The tests' exports share out-test: Turbopack's cache is per configuration, distDir included.
  modes.push({ name: "static export", env: { STATIC_EXPORT: "1", NEXT_DIST_DIR: "out-test" }, folders: [".next", "out-test"], exported: "out-test" });
  // The other side of the promise: a preview build does show them, for review.
  modes.push({ name: "preview build", env: { CHAPEAU_PREVIEW: "1", NEXT_DIST_DIR: ".next-test" }, folders: [".next-test"], preview: true });
}

// Next rewrites tsconfig.json to include the types of a build folder it has not seen before.
const tsconfig = path.join(root, "tsconfig.json");
const tsconfigText = fs.readFileSync(tsconfig, "utf8");

async function main(): Promise<boolean> {
  const DRAFT_IMAGE_HASH = await drawDraftImage();
  let failed = false;
  for (const mode of modes) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Whatever the shell says, only the mode decides whether this build is a preview.
    for (const key of ["NODE_ENV", "CHAPEAU_PREVIEW", "VERCEL_ENV"]) delete env[key];
    Object.assign(env, mode.env, { CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" });
    console.log(`${mode.name}: building the site with planted drafts (content in ${content})…`);
    // The production build and the search index made from it, as `npm run build` does.
    let build = spawnSync("sh", ["scripts/next-build.sh"], { cwd: root, env, encoding: "utf8" });
    fs.writeFileSync(tsconfig, tsconfigText);
    if (build.status === 0 && !mode.preview) {
      const searchIndex = nodeScript("scripts/search-index.mts");
      build = spawnSync(searchIndex.command, searchIndex.args, { cwd: root, env, encoding: "utf8" });
    }
    if (build.status !== 0) {
      console.error(build.stdout, build.stderr);
      console.error(`✗ ${mode.name}: the build failed`);
      failed = true;
      continue;
    }
    // public/ is deployed with the build (Next serves it in server mode, copies it into an export).
    const scans: ScanResult[] = [...mode.folders, "public"].map((folder) => scanFolder(path.join(root, folder), [SECRET, CONTROL, DRAFT_IMAGE_HASH]));
    if (mode.preview) {
      const pages = new Set(scans.flatMap((s) => s.traces.map((t) => t.file.split(path.sep).join("/"))));
      const missing = PLANTED_PAGES.filter((page) => ![...pages].some((file) => file.endsWith(`server/app/${page}`)));
      if (missing.length) {
        console.error(`✗ ${mode.name}: no page for ${missing.join(", ")}: a preview must show drafts and scheduled articles`);
        failed = true;
      } else console.log(`✓ ${mode.name}: a page for each draft and scheduled article`);
      continue;
    }
    // The studio exists only under `next dev`: no page, no route, no byte of its code in a build.
    const studio = mode.folders.map((folder) => scanFolder(path.join(root, folder), STUDIO_MARKERS));
    // `.next/dev/` is `next dev`'s own output (Next 16 keeps it apart), never deployed: the studio is there by design.
    const studioTraces = studio.flatMap((s) =>
      s.traces.filter((t) => !(path.basename(s.folder) === ".next" && t.file.startsWith(`dev${path.sep}`))).map((t) => ({ ...t, folder: path.relative(root, s.folder) })),
    );
    for (const trace of studioTraces) {
      console.error(`✗ ${mode.name}: studio code in ${trace.folder}/${trace.file} (${trace.in === "name" ? "file name" : "content"}): …${trace.excerpt}…`);
    }
    if (studioTraces.length) failed = true;
    else console.log(`✓ ${mode.name}: no studio page, route or code in ${mode.folders.join(", ")}`);
    const leaks = scans.flatMap((s) => s.traces.filter((t) => t.marker !== CONTROL).map((t) => ({ ...t, folder: path.relative(root, s.folder) })));
    const control = scans.some((s) => s.traces.some((t) => t.marker === CONTROL && t.in === "content"));
    const files = scans.reduce((n, s) => n + s.files, 0);
    const megabytes = (scans.reduce((n, s) => n + s.bytes, 0) / 1e6).toFixed(1);
    if (!control) {
      console.error(`✗ ${mode.name}: the published control article was not found in ${mode.folders.join(", ")}: the search proves nothing`);
      failed = true;
    }
    for (const leak of leaks) {
      console.error(`✗ ${mode.name}: ${leak.folder}/${leak.file} (${leak.in === "name" ? "file name" : "content"}): …${leak.excerpt}…`);
    }
    if (leaks.length) failed = true;
    else if (control) console.log(`✓ ${mode.name}: no trace of drafts, unpublished or scheduled articles in ${files} files (${megabytes} MB) of ${mode.folders.join(", ")} and public/; the published control article is there`);
    const statuses = mode.exported ? exportStatuses(mode.exported) : await serverStatuses(env);
    if (!statuses) {
      console.error(`✗ ${mode.name}: next start did not answer`);
      failed = true;
    } else if (!(await checkAddresses(mode.name, statuses))) failed = true;
    stopServer();
  }

  return failed;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    return true;
  })
  .then((failed) => {
    fs.rmSync(content, { recursive: true, force: true });
    republishOwnUploads(root);
    process.exit(failed ? 1 : 0);
  });
