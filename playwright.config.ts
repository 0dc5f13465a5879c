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
      testIgnore: /corpus|static|\.dev\.spec/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      // What editors see in `npm run dev`: drafts, scheduled articles, the live preview.
      name: "dev",
      testMatch: /\.dev\.spec\.ts$/,
      timeout: 90_000,
      use: { baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
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
      // `npm run dev` on a fresh copy of the editor fixtures, in a folder outside the project.
      command: `rm -rf "${DEV_CONTENT_DIR}" && cp -R "${DEV_FIXTURES}" "${DEV_CONTENT_DIR}" && npx next dev -p ${DEV_PORT} -H 127.0.0.1`,
      env: { CONTENT_DIR: DEV_CONTENT_DIR },
      // Ready once an article route has compiled and listed its paths: `next dev` writes that list
      // to a shared manifest without locking, and two first requests at once can read it half-written.
      url: `http://127.0.0.1:${DEV_PORT}/brouillons/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
