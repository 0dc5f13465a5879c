import { expect, test } from "@playwright/test";
import { crawl } from "./support/crawl";

// These run against builds made with BASE_PATH=/blog, in server mode and as a static export.
const BASE = "/blog";

test("the whole site lives under the sub-path: pages, links and images", async ({ request }) => {
  test.setTimeout(120_000);
  const { pages, broken, outside } = await crawl(request, `${BASE}/`, `${BASE}/`);
  expect(outside).toEqual([]);
  expect(broken).toEqual([]);
  expect(pages).toContain(`${BASE}/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/`);
});

test("a reader follows links under the sub-path and sees the images", async ({ page }) => {
  await page.goto(`${BASE}/`);
  await page.getByRole("link", { name: "Actualités" }).first().click();
  await expect(page).toHaveURL(/\/blog\/actualites\/$/);
  await page.getByRole("link", { name: "État et communs numériques : une coopération fructueuse" }).click();
  await expect(page).toHaveURL(/\/blog\/actualites\/etat-et-communs-numeriques-une-cooperation-fructueuse\/$/);
  const hero = page.locator("figure.hero img");
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await hero.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(/^\/blog\//);
});

test("old addresses redirect within the sub-path", async ({ page }) => {
  await page.goto(`${BASE}/publication/rapport-annuel-2025/`);
  await expect(page).toHaveURL(/\/blog\/publication\/rapport-annuel-du-numerique-public-2025\/$/);
});

test("an unknown address under the sub-path gives the French 404 page", async ({ page }) => {
  const response = await page.goto(`${BASE}/nulle-part/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});
