import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = {
  home: "/",
  section: "/actualites/",
  article: "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/",
  "mdx article": "/actualites/composer-un-article-avec-les-composants/",
  "press release": "/espace-presse/lancement-du-service-de-signature-electronique-de-l-etat/",
  slideshow: "/actualites/retour-en-images-sur-la-semaine-du-numerique-public/",
  "tag index": "/tags/",
  tag: "/tags/communs-numeriques/",
  category: "/categories/article/",
  "accessibility statement": "/accessibilite/",
  "404": "/cette-page-n-existe-pas/",
};

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} page has no WCAG 2.1 AA violation (axe-core)`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary).toEqual([]);
  });
}
