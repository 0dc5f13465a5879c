/**
 * Runs before the dev project (its dependency in playwright.config.ts): each route the editors'
 * tests use is asked of `next dev` once, one after the other, so that it compiles them one at a
 * time. Each first compile rewrites next dev's manifests in place (app-paths-manifest.json and
 * others, not atomically), and a request of another test reading one at that moment answers 500
 * (« Unexpected end of JSON input »); compiled here, the tests' waits are for pages, not compilers.
 */
import { expect, test as setup } from "@playwright/test";

setup("next dev compiles, one at a time, every route the editors' tests use", async ({ page, request, baseURL }) => {
  setup.setTimeout(300_000);
  // Pages in the browser: their scripts are compiled when the browser first asks for them.
  for (const address of ["/", "/studio/", "/studio/modifier/?fichier=actualites%2Fun-brouillon.md"]) {
    const response = await page.goto(address, { timeout: 120_000, waitUntil: "load" });
    expect(response?.status(), address).toBe(200);
  }
  // The studio's one API route, for every action: refused without the session token, compiled all the same.
  expect((await request.post("/studio/api/list", { timeout: 120_000 })).status()).toBe(403);
  // Uploads served live, and the live preview's event stream (never ends: its headers are enough).
  expect((await request.get("/chapeau-dev/uploads/absent.jpg", { timeout: 120_000 })).status()).toBe(404);
  const stream = new AbortController();
  const events = await fetch(new URL("/chapeau-dev/events", baseURL), { signal: stream.signal });
  stream.abort();
  expect(events.status).toBe(200);
});
