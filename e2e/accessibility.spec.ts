import { expect, test, type Page } from "@playwright/test";
import { wcagViolations } from "./support/axe";
import { openSearchResults, PAGE_TYPES } from "./support/page-types";

const PAGES: Record<string, (page: Page) => Promise<unknown>> = {
  ...Object.fromEntries(Object.entries(PAGE_TYPES).map(([name, path]) => [name, (page: Page) => page.goto(path)])),
  "search with results": openSearchResults,
};

for (const theme of ["light", "dark"] as const) {
  for (const [name, open] of Object.entries(PAGES)) {
    test(`${name} page has no WCAG 2.1 AA violation in the ${theme} theme (axe-core)`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
      await open(page);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
}

test("the display settings dialog has no WCAG 2.1 AA violation once open", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Paramètres d’affichage" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await wcagViolations(page, { include: "dialog" })).toEqual([]);
});
