import { expect, test } from "@playwright/test";

const URL = "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/";

test.describe("the reference article", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(URL);
    expect(response?.status()).toBe(200);
  });

  test("shows its title, French date, lede and hero image", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("État et communs numériques : une coopération fructueuse");
    await expect(page).toHaveTitle(/État et communs numériques/);
    const date = page.locator("article header time").first();
    await expect(date).toHaveText("16 mai 2023");
    await expect(date).toHaveAttribute("datetime", "2023-05-16T10:28:00+02:00");
    await expect(page.locator(".chapeau")).toContainText("Vers un État partenaire des communs numériques");
    const hero = page.locator("figure.hero img");
    await expect(hero).toHaveAttribute("src", /evt-aic-communs-numeriques-Une\.png$/);
    await expect(hero).toHaveJSProperty("complete", true);
    expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  test("has both figures, floated left and right with their image and caption", async ({ page }) => {
    const figures = page.locator(".article-body figure.figure");
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(0)).toHaveAttribute("data-align", "left");
    await expect(figures.nth(0).getByRole("img", { name: "Guillaume Rozier lors de son intervention" })).toBeVisible();
    await expect(figures.nth(1)).toHaveAttribute("data-align", "right");
    await expect(figures.nth(1).locator("figcaption")).toHaveText(
      "De gauche à droite : Audran Lebaron, Valérie Peugeot, Pauline Lavagne d'Ortigue",
    );
    // On a wide screen the text flows beside the figure.
    expect(await figures.nth(0).evaluate((el) => getComputedStyle(el).float)).toBe("left");
    expect(await figures.nth(1).evaluate((el) => getComputedStyle(el).float)).toBe("right");
  });

  test("shows the text that follows each figure as an ordinary paragraph", async ({ page }) => {
    const afterFirst = page.locator(".article-body figure.figure").nth(0).locator("xpath=following-sibling::*[1]");
    await expect(afterFirst).toHaveJSProperty("tagName", "P");
    await expect(afterFirst).toContainText("En ouverture, Guillaume Rozier");
    const afterSecond = page.locator(".article-body figure.figure").nth(1).locator("xpath=following-sibling::*[1]");
    await expect(afterSecond).toHaveJSProperty("tagName", "P");
    await expect(afterSecond).toContainText("La cybersécurité s’empare elle aussi des communs numériques");
  });

  test("shows the encadré as a callout named by its heading, with working links", async ({ page }) => {
    const encadre = page.getByRole("complementary", { name: /Accélérateur d’initiatives citoyennes : un laboratoire/ });
    await expect(encadre).toBeVisible();
    await expect(encadre.getByRole("heading", { level: 3 })).toBeVisible();
    const links = encadre.getByRole("link");
    await expect(links).toHaveCount(2);
    await expect(links.first()).toHaveAttribute("href", "https://citoyens.transformation.gouv.fr/");
    await expect(links.first()).toContainText("lien externe");
    await expect(links.nth(1)).toContainText("> Plus d’infos sur le programme et postuler");
  });

  test("never shows raw markup or inline styles from the content", async ({ page }) => {
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/<\/?[a-z]+[\s>]|\{:|&nbsp;|&lt;/);
    expect(await page.locator(".article-body [style]").count()).toBe(0);
  });

  test("links its tags to tag pages that list it", async ({ page }) => {
    const tags = page.getByRole("region", { name: "Mots-clés" }).getByRole("link");
    await expect(tags).toHaveText(["Accélérateur d'initiatives citoyennes", "Communs numériques", "Logiciels libres", "Open source"]);
    await tags.first().click();
    await expect(page).toHaveURL(/\/tags\/accelerateur-d-initiatives-citoyennes\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accélérateur d'initiatives citoyennes");
    await expect(page.getByRole("link", { name: "État et communs numériques : une coopération fructueuse" })).toBeVisible();
  });

  test("has a breadcrumb back to its section", async ({ page }) => {
    const crumbs = page.getByRole("navigation", { name: "Fil d’Ariane" });
    await expect(crumbs.getByRole("link", { name: "Actualités" })).toHaveAttribute("href", "/actualites/");
    await expect(crumbs.locator("[aria-current=page]")).toHaveText("État et communs numériques : une coopération fructueuse");
  });

  test("lays out on a 320 px phone with no horizontal scroll, figures full width", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(URL);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const figure = page.locator(".article-body figure.figure").first();
    expect(await figure.evaluate((el) => getComputedStyle(el).float)).toBe("none");
    const widths = await figure.evaluate((el) => [el.getBoundingClientRect().width, el.parentElement!.getBoundingClientRect().width]);
    expect(widths[0]).toBeCloseTo(widths[1]!, 0);
  });
});
