import { expect, test } from "@playwright/test";

test("the home page shows the featured article large, then the newest articles", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const featured = page.getByRole("region", { name: "À la une" });
  await expect(featured.getByRole("article")).toHaveCount(1);
  const latest = page.getByRole("region", { name: "Derniers articles" }).getByRole("article");
  expect(await latest.count()).toBeGreaterThan(3);
  const first = latest.first();
  await expect(first.locator("time")).toHaveText(/\d{1,2}(er)? [a-zéû]+ \d{4}/);
  await expect(first.getByRole("heading")).toBeVisible();
});

test("a section page lists its articles and leads to them", async ({ page }) => {
  await page.goto("/actualites/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actualités");
  await page.getByRole("link", { name: "État et communs numériques : une coopération fructueuse" }).click();
  await expect(page).toHaveURL(/\/actualites\/etat-et-communs-numeriques-une-cooperation-fructueuse\/$/);
});

test("press releases live under /espace-presse/ with their contact and attachment", async ({ page }) => {
  await page.goto("/espace-presse/");
  await page.getByRole("link", { name: "Lancement du service de signature électronique de l’État" }).click();
  await expect(page).toHaveURL(/\/espace-presse\/lancement-du-service-de-signature-electronique-de-l-etat\/$/);
  await expect(page.getByRole("region", { name: "Contact presse" })).toContainText("presse@example.gouv.fr");
  const download = page.getByRole("region", { name: "Documents à télécharger" }).getByRole("link");
  await expect(download).toContainText(/Télécharger le communiqué de presse \(PDF, \d+ o\)/);
});

test("the tag index counts articles and leads to tag pages", async ({ page }) => {
  await page.goto("/tags/");
  const link = page.getByRole("link", { name: /^Communs numériques \(\d+ articles?\)$/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/tags\/communs-numeriques\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Communs numériques");
});

test("a category page lists the articles of that category", async ({ page }) => {
  await page.goto("/categories/communique-de-presse/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Communiqué de presse");
  await expect(page.getByRole("link", { name: "Lancement du service de signature électronique de l’État" })).toBeVisible();
});

test("an unknown address gives a French 404 page", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await page.getByRole("link", { name: "Retour à la page d’accueil" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a skip link takes keyboard users to the content", async ({ page }) => {
  await page.goto("/actualites/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});
