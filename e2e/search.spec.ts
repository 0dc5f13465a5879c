import { expect, test, type Page } from "@playwright/test";
import { tabTo } from "./support/tab-to";

const REFERENCE_TITLE = "État et communs numériques : une coopération fructueuse";

const results = (page: Page) => page.getByRole("main").getByRole("listitem");

test("from the header, a keyboard user searches without accents and opens a result", async ({ page }) => {
  await page.goto("/");
  const field = page.getByRole("searchbox", { name: "Rechercher sur le site" });
  await tabTo(page, field);
  await page.keyboard.type("cooperation");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recherche\/\?q=cooperation$/);
  await expect(page.getByRole("status").filter({ hasText: "pour « cooperation »" })).toHaveText(/^\d+ résultats? pour « cooperation »$/);
  const first = results(page).filter({ hasText: REFERENCE_TITLE });
  await expect(first).toContainText("Actualités");
  await expect(first).toContainText("16 mai 2023");
  await expect(first.locator("mark").first()).toHaveText(/coopération/i);
  const link = first.getByRole("link", { name: REFERENCE_TITLE });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/actualites\/etat-et-communs-numeriques-une-cooperation-fructueuse\/$/);
});

test("search finds other forms of a word, tags and ledes, case-insensitively", async ({ page }) => {
  await page.goto("/recherche/?q=COOP%C3%89RATIONS");
  await expect(results(page).filter({ hasText: REFERENCE_TITLE })).toHaveCount(1);
  const field = page.getByRole("searchbox", { name: "Mots recherchés" });
  await field.fill("Rédaction");
  await field.press("Enter");
  await expect(page).toHaveURL(/\?q=R%C3%A9daction$/);
  await expect(results(page).filter({ hasText: "Composer un article avec les composants de la rédaction" })).toHaveCount(1);
});

test("nothing unpublished can be found", async ({ page }) => {
  // A draft and an article scheduled for 2099, each with a word no published article has.
  for (const [word, title] of [
    ["ornithorynque", "Salon des communs : le programme en préparation"],
    ["kinkajou", "Forum ouvert sur les communs numériques"],
  ]) {
    await page.goto(`/recherche/?q=${word}`);
    await expect(page.getByRole("status")).toContainText(`pour « ${word} »`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await expect(page.locator("mark", { hasText: word })).toHaveCount(0);
  }
});

test("an article page loads nothing of the search engine", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.goto("/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/");
  await page.getByRole("searchbox", { name: "Rechercher sur le site" }).focus();
  await page.waitForLoadState("networkidle");
  expect(requested.filter((u) => u.includes("pagefind"))).toEqual([]);
});
