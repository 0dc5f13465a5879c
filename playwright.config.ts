import fs from "node:fs";
import { defineConfig, devices, type PlaywrightTestConfig, type Project } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";
import { DEV_CONTENT_DIR, DEV_FIXTURES, DEV_PORT } from "./e2e/support/dev-server";
import { FIXTURE_SITE, selectedProjects } from "./e2e/support/projects";


// Ports can be moved (E2E_PORT) so several checkouts can test side by side.
const SITE_PORT = Number(process.env.E2E_PORT ?? 3100);
const STATIC_PORT = SITE_PORT + 1;
const SUBPATH_SERVER_PORT = SITE_PORT + 2;
const SUBPATH_STATIC_PORT = SITE_PORT + 3;
// SITE_PORT + 4 is the dev server (e2e/support/dev-server.ts).
// The shared corpus of real articles, built by `npm run build:corpus`.
const CORPUS_PORT = Number(process.env.CORPUS_PORT ?? SITE_PORT + 5);
const CORPUS_DIR = process.env.CORPUS_DIR || "../shared/corpus/numerique.gouv.fr";
const hasCorpus = fs.existsSync(CORPUS_DIR);
const SMOKE_PORT = SITE_PORT + 6;

/**
 * Every server-mode build of the tests without a base path (the fixture site, the corpus, content/,
 * the leak and hostile sites) goes to this one folder, each replacing the last: Turbopack keeps its
 * compilation cache per build folder, so only the first build of a checkout compiles from nothing
 * (about 30 s of CPU of a 50 s build). Each build records the content it was made from, and a
 * server refuses to start on a build of other content (e2e/support/start-server.sh).
 */
const TEST_BUILD = ".next-test";

type WebServer = NonNullable<Extract<PlaywrightTestConfig["webServer"], unknown[]>>[number];

/** A production build served by `next start`, with the search index made for it (e2e/support/start-server.sh). */
function nextStart(distDir: string, port: number, env: Record<string, string>, home = "/"): WebServer {
  return {
    command: `sh e2e/support/start-server.sh ${distDir} ${port}`,
    env: { NEXT_DIST_DIR: distDir, ...env },
    url: `http://127.0.0.1:${port}${home}`,
    reuseExistingServer: false,
    timeout: 60_000,
  };
}

/** A static export behind Debian's nginx with deploy/nginx.conf (of the content CONTENT_DIR names, for out-test). */
function nginx(folder: string, port: number, env: Record<string, string>, base = ""): WebServer {
  return {
    command: `scripts/serve-static.sh ${folder} ${port}${base ? ` ${base}` : ""}`,
    env,
    url: `http://127.0.0.1:${port}${base}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  };
}

// What the product tests assert is written in the fixture site (tests/fixtures/site/), never in
// the bundled content/ an organisation replaces: those builds read it through CONTENT_DIR.
const fixtureSite = { CONTENT_DIR: FIXTURE_SITE };
const productSpecs = /corpus|subpath|smoke|\.dev\.spec/;
// The static export's pages are the HTML the same render writes for `next start`, with the same
// scripts: what differs behind nginx is how they are served (addresses, headers, redirects,
// errors, files, the search index, feeds). Specs that judge the page itself (axe, the W3C checker,
// the components as rendered, listings, the reading aids and keyboard use, which only the page's
// HTML and scripts decide) run once, against the server build: they are most of the browser time
// of a project.
const htmlOnlySpecs = /accessibility|html-validity|legacy-components|listings|reading-aids|keyboard/;

/** `npm run dev` on a fresh copy of the editor fixtures (the dev project and its setup share it). */
const devServer: WebServer = {
  command: `rm -rf "${DEV_CONTENT_DIR}" && cp -R "${DEV_FIXTURES}" "${DEV_CONTENT_DIR}" && npx next dev -p ${DEV_PORT}`,
  env: { CONTENT_DIR: DEV_CONTENT_DIR },
  // Ready once an article route has compiled and listed its paths: `next dev` writes that list
  // to a shared manifest without locking, and two first requests at once can read it half-written.
  url: `http://127.0.0.1:${DEV_PORT}/brouillons/`,
  reuseExistingServer: false,
  timeout: 120_000,
};

/**
 * Each project with the one server it needs. A run starts the servers of the projects it asks for
 * (`--project site`, or PW_PROJECTS=site,static): one spec runs once its own build exists. The
 * npm scripts `test:e2e:<project>` make that build first.
 */
const parts: { project: Project; server: WebServer | undefined }[] = [
  {
    // `npm run test:build:site`: the fixture site in server mode, as on Vercel.
    project: { name: "site", testIgnore: productSpecs, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    server: nextStart(TEST_BUILD, SITE_PORT, fixtureSite),
  },
  {
    // `npm run test:build:static`: the same site as a static export.
    project: { name: "static", testIgnore: [productSpecs, htmlOnlySpecs], use: { baseURL: `http://127.0.0.1:${STATIC_PORT}` } },
    server: nginx("out-test", STATIC_PORT, fixtureSite),
  },
  // `npm run test:build:subpath`: the fixture site built with BASE_PATH=/blog, in both modes.
  {
    project: { name: "subpath-server", testMatch: /subpath\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SUBPATH_SERVER_PORT}` } },
    server: nextStart(".next-blog", SUBPATH_SERVER_PORT, { ...fixtureSite, BASE_PATH: "/blog" }, "/blog/"),
  },
  {
    project: { name: "subpath-static", testMatch: /subpath\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${SUBPATH_STATIC_PORT}` } },
    server: nginx("out-blog", SUBPATH_STATIC_PORT, fixtureSite, "/blog"),
  },
  {
    // What editors see in `npm run dev`: drafts, scheduled articles, the live preview, on a fresh
    // copy of the editor fixtures in a folder outside the project. No -H, as `npm run dev` starts
    // it: pages opened at 127.0.0.1 come from a host Next was not given.
    // Expectations wait longer than in production: `next dev` compiles a route on its first
    // visit (the studio's editor is the heaviest), and specs running beside it wait for that.
    project: {
      name: "dev",
      testMatch: /\.dev\.spec\.ts$/,
      timeout: 90_000,
      expect: { timeout: 20_000 },
      // Every route compiled first, one at a time (e2e/dev.setup.ts): each first compile rewrites
      // `next dev`'s manifests in place, and a request reading one at that moment fails.
      dependencies: ["dev-setup"],
      // The same happens to .next/dev/prerender-manifest.json whenever the list of articles changes
      // (the studio creates some, the live preview renames and deletes): a page request of one
      // test can answer 500 while another test's change is written. The studio's own requests are
      // asked again (components/studio/api.ts); a page, once, in CI, reported as flaky by the run.
      retries: process.env.CI ? 1 : 0,
      use: { baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
    server: devServer,
  },
  {
    // The dev project's first step (e2e/dev.setup.ts), on the same server.
    project: { name: "dev-setup", testMatch: /dev\.setup\.ts$/, timeout: 300_000, use: { baseURL: `http://127.0.0.1:${DEV_PORT}` } },
    server: devServer,
  },
  {
    // `npm run build:corpus`: every real article of the shared corpus, built as-is. Without the
    // corpus the project stays (its tests say why they are skipped) but no server starts.
    project: { name: "corpus", testMatch: /corpus\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${CORPUS_PORT}` } },
    server: hasCorpus ? nextStart(TEST_BUILD, CORPUS_PORT, { CONTENT_DIR: CORPUS_DIR }) : undefined,
  },
  {
    // `npm run test:smoke`: whatever content/ holds, the organisation's own site (e2e/smoke.spec.ts).
    project: { name: "smoke", testMatch: /smoke\.spec\.ts$/, timeout: 300_000, use: { baseURL: `http://127.0.0.1:${SMOKE_PORT}` } },
    server: nextStart(TEST_BUILD, SMOKE_PORT, {}),
  },
];

const selected = selectedProjects(process.argv, process.env.PW_PROJECTS, parts.map((p) => p.project.name!));
// Said once, by the runner (its workers load this file too).
if (selected.includes("corpus") && !hasCorpus && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Corpus tests skipped: no corpus at ${CORPUS_DIR} (set CORPUS_DIR to a folder of section folders: actualites/, communiques/…).`);
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    ...devices["Desktop Chrome"],
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    launchOptions: chromiumLaunchOptions,
    // No trace unless asked (`--trace on` on the command line, for the spec being mended): recording
    // one for every test, even to throw it away, was a fifth of the site project's CPU and half the
    // dev project's (screenshots of every keystroke in the studio's editor), and CI keeps none.
    trace: "off",
  },
  projects: parts.map((p) => p.project),
  // A set: the dev project and its setup name one server.
  webServer: [...new Set(parts.filter((p) => p.server && selected.includes(p.project.name!)).map((p) => p.server!))],
});
