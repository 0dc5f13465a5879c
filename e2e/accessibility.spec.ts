import { expect, test, type Page } from "@playwright/test";
import { wcagViolations } from "./support/axe";
import { openSearchResults, PAGE_TYPES } from "./support/page-types";

const PAGES: Record<string, (page: Page) => Promise<unknown>> = {
  ...Object.fromEntries(Object.entries(PAGE_TYPES).map(([name, path]) => [name, (page: Page) => page.goto(path)])),
  "search with results": openSearchResults,
};

// Each page in both themes: opened in the light one, then switched to the dark one as a reader
// does, in the display settings (one page load a page type, not two).
for (const [name, open] of Object.entries(PAGES)) {
  test(`${name} page has no WCAG 2.1 AA violation in the light or the dark theme (axe-core)`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("theme", "light"));
    await open(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(await wcagViolations(page), "light theme").toEqual([]);

    await page.getByRole("button", { name: "Paramètres d’affichage" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: "Thème sombre" }).check();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await wcagViolations(page), "dark theme").toEqual([]);
  });
}

test("the display settings dialog has no WCAG 2.1 AA violation once open", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Paramètres d’affichage" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await wcagViolations(page, { include: "dialog" })).toEqual([]);
});

// The checks above pass only if axe really runs in the page: an image without text and a line too
// pale to read, added to the page, are found, with where they are.
test("the accessibility check finds an image without text and a line too pale to read", async ({ page }) => {
  await page.goto("/");
  await page.locator("main").evaluate((main) => {
    main.insertAdjacentHTML("beforeend", '<img src="/icon.svg" id="sans-texte"><p id="pale" style="color:#ddd;background:#fff">Un texte trop pâle.</p>');
  });
  const found = await wcagViolations(page, { include: "main" });
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^image-alt: .*#sans-texte/), expect.stringMatching(/^color-contrast: .*#pale/)]));
});
