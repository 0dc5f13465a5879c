import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

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
// The shared corpus of real articles, built by `npm run build:corpus` into .next-corpus.
const CORPUS_PORT = Number(process.env.CORPUS_PORT ?? SITE_PORT + 1);
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
  projects: [
    {
      name: "site",
      testIgnore: /corpus|static/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
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
