/**
 * The browser the tests drive: Debian's Chromium when the machine has it (no browser download
 * here), Playwright's own otherwise. Its old headless shell (`chromium-headless-shell`) first: the
 * same engine without the desktop browser around it, 15 % less CPU on the corpus's 131 pages.
 */
import fs from "node:fs";
import type { LaunchOptions } from "@playwright/test";

const installed = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file));

export const chromiumLaunchOptions: LaunchOptions = installed
  ? {
      executablePath: installed,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // One renderer process a page rather than one a site and frame: the pages under test are
        // one origin (an embed's player is never loaded from the network here). About 8 % less
        // CPU on the site project (two runs each way: 104 and 115 s against 93 and 108).
        "--disable-site-isolation-trials",
        "--disable-features=IsolateOrigins,site-per-process,Translate,MediaRouter,OptimizationHints,BackForwardCache",
      ],
    }
  : {};
