import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEV_CONTENT_DIR } from "./support/dev-server";

// Editors keep the page open beside their text editor: saving is enough to see the change.
// The content folder is outside the project (CONTENT_DIR), as on an editor's laptop.

test.describe.configure({ mode: "serial" });

const file = (relative: string) => path.join(DEV_CONTENT_DIR, relative);

/** Opens a page and waits until it listens for content changes. */
async function open(page: Page, url: string) {
  const listening = page.waitForResponse((r) => r.url().includes("/chapeau-dev/events/"), { timeout: 60_000 });
  await page.goto(url);
  await listening;
}

test("saving an article refreshes the open page in place, at the same scroll position", async ({ page }) => {
  const article = file("actualites/article-en-direct.md");
  const original = fs.readFileSync(article, "utf8");
  try {
    await page.setViewportSize({ width: 1280, height: 600 });
    await open(page, "/actualites/article-en-direct/");
    await page.getByText("Dernier paragraphe de l’article.").scrollIntoViewIfNeeded();
    // A property on window survives an in-place refresh, not a reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(0);

    fs.writeFileSync(
      article,
      original
        .replace('title: "Un article relu en direct"', 'title: "Un article corrigé en direct"')
        .replace("Dernier paragraphe de l’article.", "Dernier paragraphe, corrigé à l’instant."),
    );

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un article corrigé en direct");
    await expect(page.getByText("Dernier paragraphe, corrigé à l’instant.")).toBeInViewport();
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  } finally {
    fs.writeFileSync(article, original);
  }
});

test("adding, renaming and deleting a file updates the listing", async ({ page }) => {
  const added = file("actualites/ajoute-en-direct.md");
  const renamed = file("actualites/renomme-en-direct.md");
  try {
    await open(page, "/actualites/");
    const card = page.getByRole("link", { name: "Un article ajouté en direct" });
    await expect(card).toHaveCount(0);

    fs.writeFileSync(added, `---\ntitle: "Un article ajouté en direct"\ndate: 2024-03-13 09:00:00 +01:00\n---\n\nLe texte.\n`);
    await expect(card).toHaveAttribute("href", "/actualites/ajoute-en-direct/");

    fs.renameSync(added, renamed);
    await expect(card).toHaveAttribute("href", "/actualites/renomme-en-direct/");

    fs.rmSync(renamed);
    await expect(card).toHaveCount(0);
  } finally {
    fs.rmSync(added, { force: true });
    fs.rmSync(renamed, { force: true });
  }
});
