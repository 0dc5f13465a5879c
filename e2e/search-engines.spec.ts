import { expect, test, type Page } from "@playwright/test";

const REFERENCE = "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/";
const WITHOUT_IMAGE = "/actualites/digital-commons-in-the-french-public-sector/";

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => JSON.parse(text) as Record<string, unknown>[]);
}

test("an article's head has its title, lede, canonical address, Open Graph and Twitter tags", async ({ page }) => {
  await page.goto(REFERENCE);
  await expect(page).toHaveTitle("État et communs numériques : une coopération fructueuse | numerique.gouv.fr");
  const description = await meta(page, "description").getAttribute("content");
  expect(description).toMatch(/^Vers un État partenaire des communs numériques : c’est sur ce thème/);
  expect(description!.length).toBeLessThanOrEqual(161);
  expect(description).toMatch(/\p{L}…$/u);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${REFERENCE}$`));
  await expect(meta(page, "og:type")).toHaveAttribute("content", "article");
  await expect(meta(page, "og:title")).toHaveAttribute("content", "État et communs numériques : une coopération fructueuse");
  await expect(meta(page, "og:image")).toHaveAttribute("content", /\/uploads\/evt-aic-communs-numeriques-Une\.png$/);
  await expect(meta(page, "og:image:width")).toHaveAttribute("content", /^\d+$/);
  await expect(meta(page, "og:image:height")).toHaveAttribute("content", /^\d+$/);
  await expect(meta(page, "article:published_time")).toHaveAttribute("content", "2023-05-16T10:28:00+02:00");
  await expect(meta(page, "article:modified_time")).toHaveAttribute("content", "2023-05-16T10:28:00+02:00");
  await expect(meta(page, "article:section")).toHaveAttribute("content", "Actualités");
  await expect(meta(page, "article:tag")).toHaveCount(4);
  await expect(meta(page, "twitter:card")).toHaveAttribute("content", "summary_large_image");
});

test("an article describes itself to search engines as a NewsArticle with its breadcrumb", async ({ page }) => {
  await page.goto(REFERENCE);
  const [article, breadcrumb] = await jsonLd(page);
  expect(article).toMatchObject({
    "@type": "NewsArticle",
    headline: "État et communs numériques : une coopération fructueuse",
    datePublished: "2023-05-16T10:28:00+02:00",
    inLanguage: "fr-FR",
    publisher: { "@type": "Organization", name: "Direction interministérielle du numérique (DINUM)" },
  });
  expect((article!.image as string[])[0]).toMatch(/evt-aic-communs-numeriques-Une\.png$/);
  expect(breadcrumb!["@type"]).toBe("BreadcrumbList");
  const items = breadcrumb!.itemListElement as { name: string; position: number }[];
  expect(items.map((i) => i.name)).toEqual(["Accueil", "Actualités", "État et communs numériques : une coopération fructueuse"]);
  // No raw « < » that could close the script element early.
  const raw = await page.locator('script[type="application/ld+json"]').first().innerHTML();
  expect(raw).not.toContain("<");
});

test("an article without a lead image is shared with a 1200×630 card drawn for it", async ({ page, request }) => {
  await page.goto(WITHOUT_IMAGE);
  const image = await meta(page, "og:image").getAttribute("content");
  expect(image).toMatch(/\/og\/actualites\/digital-commons-in-the-french-public-sector\.png$/);
  await expect(meta(page, "og:image:width")).toHaveAttribute("content", "1200");
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("the sitemap lists every published page with its last change, and robots.txt points to it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Allow: \//);
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
  const xml = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => ({ path: new URL(m[1]!).pathname, lastmod: m[2] }));
  const paths = entries.map((e) => e.path);
  for (const path of ["/", "/actualites/", REFERENCE, WITHOUT_IMAGE, "/tags/communs-numeriques/", "/accessibilite/"]) expect(paths).toContain(path);
  expect(entries.find((e) => e.path === REFERENCE)?.lastmod).toMatch(/^2023-05-16T08:28:00/);
  for (const entry of entries) expect(entry.lastmod, entry.path).toBeTruthy();
  // Nothing unpublished.
  expect(paths).not.toContain("/actualites/salon-des-communs-programme-en-preparation/");
  expect(paths).not.toContain("/agenda/forum-ouvert-2099/");
});

test("pages that are not articles are shared with the site's own card", async ({ page, request }) => {
  await page.goto("/tags/communs-numeriques/");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/tags\/communs-numeriques\/$/);
  const image = await meta(page, "og:image").getAttribute("content");
  expect(image).toMatch(/\/og\/_site\.png$/);
  const response = await request.get(new URL(image!).pathname);
  expect(response.headers()["content-type"]).toBe("image/png");
});
