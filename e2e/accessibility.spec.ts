import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGES = {
  home: "/",
  section: "/actualites/",
  article: "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/",
  "mdx article": "/actualites/composer-un-article-avec-les-composants/",
  "english article": "/actualites/digital-commons-in-the-french-public-sector/",
  "press release": "/espace-presse/lancement-du-service-de-signature-electronique-de-l-etat/",
  slideshow: "/actualites/retour-en-images-sur-la-semaine-du-numerique-public/",
  "tag index": "/tags/",
  tag: "/tags/communs-numeriques/",
  category: "/categories/article/",
  "search with results": "/recherche/?q=numerique",
  "accessibility statement": "/accessibilite/",
  "404": "/cette-page-n-existe-pas/",
};

/** Pages whose content arrives after load are scanned once it is there. */
async function ready(page: Page, name: string) {
  if (name === "search with results") await expect(page.getByRole("status")).toHaveText(/^\d+ résultats? pour/);
}

for (const theme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} page has no WCAG 2.1 AA violation in the ${theme} theme (axe-core)`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await ready(page, name);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(summary).toEqual([]);
    });
  }
}

test("the display settings dialog has no WCAG 2.1 AA violation once open", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Paramètres d’affichage" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  const results = await new AxeBuilder({ page }).include("dialog").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
