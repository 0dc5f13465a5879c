import { expect, test, type Page } from "@playwright/test";
import { tabTo } from "./support/tab-to";

const theme = (page: Page) => page.locator("html").getAttribute("data-theme");

test("the display settings dialog is reached and operated with the keyboard, and the choice is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/actualites/");
  const opener = page.getByRole("button", { name: "Paramètres d’affichage" });
  await tabTo(page, opener);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Paramètres d’affichage" });
  await expect(dialog).toBeVisible();
  const system = dialog.getByRole("radio", { name: /Système/ });
  await expect(system).toBeChecked();
  await tabTo(page, system);
  // Arrow keys move within the radio group, and choose: système -> sombre.
  await page.keyboard.press("ArrowUp");
  await expect(dialog.getByRole("radio", { name: "Thème sombre" })).toBeChecked();
  expect(await theme(page)).toBe("dark");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Another page starts dark before anything is painted: the theme is set before <body> exists.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/tags/");
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody)).toBe("dark");
  await opener.click();
  await expect(dialog.getByRole("radio", { name: "Thème sombre" })).toBeChecked();
});

test("the system theme follows the device's setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await theme(page)).toBe("dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("the slideshow is operated with the keyboard alone", async ({ page }) => {
  await page.goto("/actualites/retour-en-images-sur-la-semaine-du-numerique-public/");
  const slideshow = page.getByRole("region", { name: /^Diaporama/ });
  const next = slideshow.getByRole("button", { name: "Image suivante" });
  await tabTo(page, next);
  const position = slideshow.getByText(/\d+ \/ \d+/);
  await expect(position).toHaveText(/1 \/ \d+$/);
  await page.keyboard.press("Enter");
  await expect(position).toHaveText(/2 \/ \d+$/);
  await page.keyboard.press("ArrowRight");
  await expect(position).toHaveText(/3 \/ \d+$/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(position).toHaveText(/1 \/ \d+$/);
  await expect(slideshow.locator("li:not([hidden]) img")).toHaveCount(1);
});
