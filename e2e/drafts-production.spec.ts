import { expect, test } from "@playwright/test";

// The production build: what exists only for editors is not there at all.

test("the drafts page does not exist in production", async ({ page }) => {
  const response = await page.goto("/brouillons/");
  expect(response?.status()).toBe(404);
});

test("production pages load no live-preview code and the preview's event stream does not exist", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text());
  });
  await page.goto("/actualites/composer-un-article-avec-les-composants/");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((code) => code.includes("EventSource") || code.includes("chapeau-dev"))).toEqual([]);
  expect((await request.get("/chapeau-dev/events/")).status()).toBe(404);
});
