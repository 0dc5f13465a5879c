import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { DEV_CONTENT_DIR, DEV_FIXTURES, DEV_PORT } from "./e2e/support/dev-server";

// Debian's Chromium when the machine has it (no browser download here); Playwright's own otherwise.
const systemChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

// Ports can be moved (E2E_PORT) so several checkouts can test side by side.
const SITE_PORT = Number(process.env.E2E_PORT ?? 3100);
const STATIC_PORT = SITE_PORT + 1;
const SUBPATH_SERVER_PORT = SITE_PORT + 2;
const SUBPATH_STATIC_PORT = SITE_PORT + 3;
// The shared corpus of real articles, built by `npm run build:corpus` into .next-corpus.
const CORPUS_PORT = Number(process.env.CORPUS_PORT ?? SITE_PORT + 5);
const CORPUS_DIR = process.env.CORPUS_DIR || "../shared/corpus/numerique.gouv.fr";
const hasCorpus = fs.existsSync(CORPUS_DIR);
if (!hasCorpus) console.log(`Corpus tests skipped: no corpus at ${CORPUS_DIR} (set CORPUS_DIR to a folder of section folders: actualites/, communiques/…).`);

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
    launchOptions,
    trace: "retain-on-failure",
  },
  // The same suite runs against both deployment modes: `next start` (server mode, as on
  // Vercel) and the static export in out/ behind Debian's nginx with deploy/nginx.conf.
  projects: [
    {
      name: "site",
      testIgnore: /corpus|subpath|\.dev\.spec/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: "static",
      testIgnore: /corpus|subpath|\.dev\.spec/,
      use: { baseURL: `http://127.0.0.1:${STATIC_PORT}` },
    },
    // BASE_PATH=/blog, in both modes.
    { name: "subpath-server", testMatch: /subpath/, use: { baseURL: `http://127.0.0.1:${SUBPATH_SERVER_PORT}` } },
    { name: "subpath-static", testMatch: /subpath/, use: { baseURL: `http://127.0.0.1:${SUBPATH_STATIC_PORT}` } },
    {
      // What editors see in `npm run dev`: drafts, scheduled articles, the live preview.
      name: "dev",
      testMatch: /\.dev\.spec\.ts$/,
      timeout: 90_000,
      use: { baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
    ...(hasCorpus
      ? [{ name: "corpus", testMatch: /corpus\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${CORPUS_PORT}` } }]
      : []),
  ],
  webServer: [
    {
      // The production build made by `npm run build`, served as Vercel would.
      command: `npx next start -p ${SITE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The static export made by `npm run build:static`.
      command: `scripts/serve-static.sh out ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // `npm run build:subpath`: the same site built with BASE_PATH=/blog, both modes.
      command: `npx next start -p ${SUBPATH_SERVER_PORT} -H 127.0.0.1`,
      env: { NEXT_DIST_DIR: ".next-blog", BASE_PATH: "/blog" },
      url: `http://127.0.0.1:${SUBPATH_SERVER_PORT}/blog/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `scripts/serve-static.sh out-blog ${SUBPATH_STATIC_PORT} /blog`,
      url: `http://127.0.0.1:${SUBPATH_STATIC_PORT}/blog/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // `npm run dev` on a fresh copy of the editor fixtures, in a folder outside the project. No
      // -H, as `npm run dev` starts it: pages opened at 127.0.0.1 come from a host Next was not given.
      command: `rm -rf "${DEV_CONTENT_DIR}" && cp -R "${DEV_FIXTURES}" "${DEV_CONTENT_DIR}" && npx next dev -p ${DEV_PORT}`,
      env: { CONTENT_DIR: DEV_CONTENT_DIR },
      // Ready once an article route has compiled and listed its paths: `next dev` writes that list
      // to a shared manifest without locking, and two first requests at once can read it half-written.
      url: `http://127.0.0.1:${DEV_PORT}/brouillons/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    ...(hasCorpus
      ? [
          {
            command: `npx next start -p ${CORPUS_PORT} -H 127.0.0.1`,
            url: `http://127.0.0.1:${CORPUS_PORT}/`,
            env: { CONTENT_DIR: CORPUS_DIR, NEXT_DIST_DIR: ".next-corpus" },
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
