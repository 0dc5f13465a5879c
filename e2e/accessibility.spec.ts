import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openSearchResults, PAGE_TYPES } from "./support/page-types";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

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
      expect(await violations(page)).toEqual([]);
    });
  }
}

test("the display settings dialog has no WCAG 2.1 AA violation once open", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Paramètres d’affichage" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await violations(page, "dialog")).toEqual([]);
});
