import { expect, type Page } from "@playwright/test";

/** One page of each kind the site has, for the checks that must hold everywhere. */
export const PAGE_TYPES: Record<string, string> = {
  home: "/",
  section: "/actualites/",
  article: "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/",
  "mdx article": "/actualites/composer-un-article-avec-les-composants/",
  "english article": "/actualites/digital-commons-in-the-french-public-sector/",
  "press release": "/espace-presse/lancement-du-service-de-signature-electronique-de-l-etat/",
  event: "/agenda/atelier-accessibilite-numerique-des-services-publics/",
  slideshow: "/actualites/retour-en-images-sur-la-semaine-du-numerique-public/",
  "tag index": "/tags/",
  tag: "/tags/communs-numeriques/",
  category: "/categories/article/",
  "accessibility statement": "/accessibilite/",
  "404": "/cette-page-n-existe-pas/",
};

/** The search page once its results are shown (they are built in the browser). */
export async function openSearchResults(page: Page) {
  await page.goto("/recherche/?q=numerique");
  await expect(page.getByRole("status")).toHaveText(/^\d+ résultats? pour/);
}
