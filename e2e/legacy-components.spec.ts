/**
 * The components legacy content becomes, as a reader uses them: the slideshow, third-party
 * embeds, event details.
 */
import { expect, test } from "@playwright/test";

const SLIDESHOW = "/actualites/retour-en-images-sur-la-semaine-du-numerique-public/";
const EMBED = "/actualites/composer-un-article-avec-les-composants/";
const EVENT = "/agenda/atelier-accessibilite-numerique-des-services-publics/";

test.describe("the slideshow (une-ou-diaporama with several images)", () => {
  test("shows one image at a time, announces its position and moves with the keyboard", async ({ page }) => {
    await page.goto(SLIDESHOW);
    const slideshow = page.getByRole("region", { name: /^Diaporama/ });
    const position = slideshow.locator("[aria-live=polite]");
    await expect(position).toHaveText(/1 \/ 5/);
    await expect(slideshow.getByRole("img", { name: "Une salle d’atelier où des agents travaillent en petits groupes" })).toBeVisible();
    await expect(slideshow.getByText("Lundi : atelier de conception avec les usagers.")).toBeVisible();

    const next = slideshow.getByRole("button", { name: /Image suivante/ });
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(position).toHaveText(/2 \/ 5/);
    await expect(slideshow.getByRole("img", { name: "Une intervenante présente une démonstration sur grand écran" })).toBeVisible();
    await expect(slideshow.getByRole("img", { name: "Une salle d’atelier où des agents travaillent en petits groupes" })).toBeHidden();

    await page.keyboard.press("ArrowRight");
    await expect(position).toHaveText(/3 \/ 5/);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(position).toHaveText(/5 \/ 5/);
    await expect(slideshow.getByText("Vendredi : clôture de la semaine.")).toBeVisible();
  });

  test("never moves by itself", async ({ page }) => {
    // The page's clock is Playwright's: a minute passes at once, every timer the page set fires.
    await page.clock.install();
    await page.goto(SLIDESHOW);
    const position = page.getByRole("region", { name: /^Diaporama/ }).locator("[aria-live=polite]");
    await expect(position).toHaveText(/1 \/ 5/);
    await page.clock.runFor(60_000);
    await expect(position).toHaveText(/1 \/ 5/);
  });

  test("lists every image with its caption when JavaScript does not run", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SLIDESHOW);
    const slideshow = page.getByRole("region", { name: /^Diaporama/ });
    await expect(slideshow.getByRole("img")).toHaveCount(5);
    for (const name of ["Une salle d’atelier", "Une intervenante", "Quatre personnes", "Des post-it", "Le public applaudit"]) {
      await expect(slideshow.getByRole("img", { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    await expect(slideshow.locator("figcaption")).toHaveText([
      "Lundi : atelier de conception avec les usagers.",
      "Mardi : démonstration d’un service en ligne.",
      "Mercredi : table ronde sur les communs numériques.",
      "Jeudi : restitution des ateliers.",
      "Vendredi : clôture de la semaine.",
    ]);
    await expect(slideshow.getByRole("button")).toHaveCount(0);
    await context.close();
  });
});

test.describe("a third-party video", () => {
  test("loads nothing from the provider until the reader asks, then plays in a titled frame", async ({ page }) => {
    const thirdParty: string[] = [];
    page.on("request", (request) => {
      if (!/^https?:\/\/(127\.0\.0\.1|localhost)/.test(request.url())) thirdParty.push(request.url());
    });
    // Nothing leaves this machine: the provider's answer is a stand-in page.
    await page.route(/dailymotion\.com/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Lecteur</title>" }));
    await page.goto(EMBED);
    const figure = page.locator("figure.embed");
    await expect(figure.locator("iframe")).toHaveCount(0);
    const play = figure.getByRole("button", { name: "Lire la vidéo Dailymotion : Présentation du programme" });
    await expect(play).toBeVisible();
    await expect(figure.getByRole("link", { name: /voir sur Dailymotion/ })).toHaveAttribute("href", "https://www.dailymotion.com/video/x7y68yv");
    expect(thirdParty).toEqual([]);

    await play.click();
    const frame = figure.locator("iframe");
    await expect(frame).toHaveAttribute("title", "Présentation du programme");
    await expect(frame).toHaveAttribute("src", /^https:\/\/www\.dailymotion\.com\/embed\/video\/x7y68yv/);
    await expect.poll(() => thirdParty.some((u) => u.includes("dailymotion.com"))).toBe(true);
  });
});

test.describe("an event", () => {
  test("shows its date, times and place, and states them in the page metadata", async ({ page }) => {
    await page.goto(EVENT);
    const details = page.getByRole("region", { name: "Informations pratiques" });
    await expect(details).toContainText("21 janvier 2027, de 14 h à 17 h 30");
    await expect(details).toContainText("Centre de conférences Pierre-Mendès-France, 139 rue de Bercy, 75012 Paris");
    const json = await page.locator('script[type="application/ld+json"]').allTextContents();
    const events = json.map((text) => JSON.parse(text) as Record<string, unknown>).filter((d) => d["@type"] === "Event");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: "Atelier : l’accessibilité numérique des services publics",
      startDate: "2027-01-21T14:00:00+01:00",
      endDate: "2027-01-21T17:30:00+01:00",
      location: { "@type": "Place", name: "Centre de conférences Pierre-Mendès-France", address: "139 rue de Bercy, 75012 Paris" },
    });
  });
});
