import { expect, test } from "@playwright/test";

const REFERENCE = "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/";
const ENGLISH = "/actualites/digital-commons-in-the-french-public-sector/";
const NBSP = "\u00a0";
const NNBSP = "\u202f";

test("an article tells how long it takes to read", async ({ page }) => {
  await page.goto(REFERENCE);
  await expect(page.locator("article header")).toContainText(/\d+\s+min de lecture/);
});

test("a long article has a table of contents whose links lead to the sections", async ({ page }) => {
  await page.goto(ENGLISH);
  const toc = page.getByRole("navigation", { name: "Sommaire" });
  await expect(toc.getByRole("link")).toHaveText([
    "What is a digital commons?",
    "How public bodies take part",
    "Funding and support",
    "Where to find the projects",
    "Get in touch",
  ]);
  await toc.getByRole("link", { name: "Where to find the projects" }).click();
  await expect(page).toHaveURL(/#user-content-where-to-find-the-projects$/);
  await expect(page.getByRole("heading", { name: "Where to find the projects" })).toBeInViewport();
});

test("an old address of a section (#fragment, before ids were prefixed) still leads to it", async ({ page }) => {
  await page.goto(`${ENGLISH}#where-to-find-the-projects`);
  await expect(page.getByRole("heading", { name: "Where to find the projects" })).toBeInViewport();
});

test("an article with fewer than three sections has no table of contents", async ({ page }) => {
  await page.goto(REFERENCE);
  await expect(page.getByRole("navigation", { name: "Sommaire" })).toHaveCount(0);
});

test("a section heading links to itself, and shows it on focus", async ({ page }) => {
  await page.goto(REFERENCE);
  const heading = page.getByRole("heading", { level: 2, name: "Une relation État-communs numériques fructueuse dans les deux sens" });
  const anchor = heading.getByRole("link");
  await expect(anchor).toHaveAttribute("href", "#user-content-une-relation-etat-communs-numeriques-fructueuse-dans-les-deux-sens");
  const markOpacity = () => anchor.evaluate((a) => getComputedStyle(a, "::after").opacity);
  expect(await markOpacity()).toBe("0");
  await anchor.focus();
  expect(await markOpacity()).toBe("1");
});

test("French punctuation gets its non-breaking spaces, but code and addresses stay as written", async ({ page }) => {
  await page.goto(REFERENCE);
  const body = page.locator(".article-body");
  expect(await body.innerText()).toContain(`fructueuse dans les deux sens${NBSP}: les communs`);
  expect(await body.innerText()).toContain(`«${NNBSP}Les communs numériques`);
  await page.goto("/actualites/composer-un-article-avec-les-composants/");
  // The address of a link is never changed.
  await expect(page.locator(".article-body a[href='https://mdxjs.com/']")).toHaveCount(1);
});

test("an article leads to the previous and next articles of its section and to three related ones", async ({ page }) => {
  await page.goto(ENGLISH);
  const pager = page.getByRole("navigation", { name: "Autres articles de la rubrique Actualités" });
  await expect(pager.locator("a[rel=prev]")).toHaveText("Retour en images sur la semaine du numérique public");
  await expect(pager.locator("a[rel=next]")).toHaveText("Composer un article avec les composants de la rédaction");
  const related = page.getByRole("region", { name: "À lire aussi" }).getByRole("article");
  await expect(related).toHaveCount(3);
  // Articles sharing tags come first.
  await expect(related.first().getByRole("heading")).toHaveText("État et communs numériques : une coopération fructueuse");
  await pager.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/\/actualites\/composer-un-article-avec-les-composants\/$/);
});

test("« Retour en haut » takes the reader back to the start of the content", async ({ page }) => {
  await page.goto(REFERENCE);
  await page.getByRole("link", { name: "Retour en haut" }).click();
  await expect(page).toHaveURL(/#contenu$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
});

test("an article written in English is marked as English inside the French site", async ({ page }) => {
  await page.goto(ENGLISH);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.locator(".article-body")).toHaveAttribute("lang", "en");
  await expect(page.locator(".chapeau")).toHaveAttribute("lang", "en");
});

test("share links are plain links and nothing is requested from another site", async ({ page }) => {
  const origins = new Set<string>();
  page.on("request", (r) => origins.add(new URL(r.url()).origin));
  await page.goto(REFERENCE);
  const share = page.getByRole("region", { name: "Partager" });
  const links = share.getByRole("link");
  await expect(links).toHaveText(["Envoyer par courriel", /^LinkedIn/, /^Mastodon/, /^Bluesky/, /^X \(Twitter\)/]);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const encoded = encodeURIComponent(REFERENCE);
  for (const href of hrefs) expect(href).toContain(encoded);
  expect(hrefs[0]).toMatch(/^mailto:/);
  await page.waitForLoadState("networkidle");
  expect([...origins]).toEqual([new URL(page.url()).origin]);
});

test("« Copier le lien » copies the article's address and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(REFERENCE);
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await expect(page.getByRole("region", { name: "Partager" }).getByRole("status")).toHaveText("Lien copié.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^https?://[^/]+${REFERENCE}$`));
});

test("on paper, an article loses the navigation and prints the address of each link", async ({ page }) => {
  await page.goto(REFERENCE);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Menu principal" })).toBeHidden();
  await expect(page.locator("#pied-de-page")).toBeHidden();
  await expect(page.getByRole("region", { name: "Partager" })).toBeHidden();
  const link = page.locator(".article-body a[href='https://magistere.education.fr/']");
  expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toContain("https://magistere.education.fr/");
  expect(await page.locator(".article-body figure").first().evaluate((f) => getComputedStyle(f).breakInside)).toBe("avoid");
});

test("readers who ask for less motion get no smooth scrolling", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(REFERENCE);
  await page.getByRole("link", { name: "Retour en haut" }).focus();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
});
