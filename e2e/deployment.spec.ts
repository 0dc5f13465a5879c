import zlib from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { modeOf } from "./support/mode";

const REFERENCE = "/actualites/etat-et-communs-numeriques-une-cooperation-fructueuse/";

test.describe("security headers", () => {
  for (const path of ["/", REFERENCE, "/cette-page-n-existe-pas/"]) {
    test(`are sent with ${path}`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toMatch(/script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'(;|$)/);
      // No third-party origin may serve scripts, styles, images or fonts.
      for (const directive of ["script-src", "style-src", "img-src", "font-src", "connect-src", "default-src"]) {
        const value = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith(directive)) ?? "";
        expect(value, directive).not.toMatch(/https?:/);
      }
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["permissions-policy"]).toContain("geolocation=()");
      expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("let an embedded video play after the reader's click, and not before", async ({ page }) => {
    const violations: string[] = [];
    const thirdParty: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    // No network here: the player is answered locally, but the CSP applies all the same.
    await page.route("https://www.dailymotion.com/**", (route) => {
      thirdParty.push(route.request().url());
      return route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Lecteur</title><p>Lecteur vidéo</p>" });
    });
    await page.goto("/actualites/composer-un-article-avec-les-composants/");
    await page.waitForLoadState("networkidle");
    expect(thirdParty).toEqual([]);
    const play = page.getByRole("button", { name: /Lire la vidéo Dailymotion : Présentation du programme/ });
    await play.click();
    const frame = page.frameLocator('iframe[title="Présentation du programme"]');
    await expect(frame.getByText("Lecteur vidéo")).toBeVisible();
    expect(thirdParty).toHaveLength(1);
    expect(violations).toEqual([]);
  });
});

test("old addresses lead to the new page", async ({ page, request }, testInfo) => {
  const first = await request.get("/publication/rapport-annuel-2025/", { maxRedirects: 0 });
  if (modeOf(testInfo) === "server") {
    expect(first.status()).toBe(308);
  } else {
    // nginx answers the redirects the build wrote for it; other static hosts get an HTML page.
    expect(first.status()).toBe(301);
  }
  expect(first.headers()["location"]).toMatch(/\/publication\/rapport-annuel-du-numerique-public-2025\/$/);
  await page.goto("/publication/rapport-annuel-2025/");
  await expect(page).toHaveURL(/\/publication\/rapport-annuel-du-numerique-public-2025\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapport annuel du numérique public 2025");
});

/** Every response of a page load, with its size once gzip-compressed (level 6, as servers send). */
async function transfers(page: Page, path: string) {
  const seen: { url: string; type: string; gzip: number }[] = [];
  page.on("response", async (response) => {
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    seen.push({ url: response.url(), type: response.request().resourceType(), gzip: zlib.gzipSync(body, { level: 6 }).length });
  });
  await page.goto(path, { waitUntil: "networkidle" });
  return seen;
}

test("the reference article stays within its byte budgets", async ({ page }, testInfo) => {
  test.skip(modeOf(testInfo) === "static", "budgets are measured once, on the server build (same files)");
  const seen = await transfers(page, REFERENCE);
  const sum = (type: string) => seen.filter((r) => r.type === type).reduce((a, r) => a + r.gzip, 0);
  const figures = { javascript: sum("script"), css: sum("stylesheet"), html: sum("document") };
  console.log(`reference article, gzip bytes: JS ${figures.javascript}, CSS ${figures.css}, HTML ${figures.html}`);
  await testInfo.attach("budgets", { body: JSON.stringify({ figures, files: seen }, null, 2), contentType: "application/json" });
  expect(figures.javascript, "JavaScript budget (145,000 bytes)").toBeLessThanOrEqual(145_000);
  expect(figures.css, "CSS budget (20,000 bytes)").toBeLessThanOrEqual(20_000);
  expect(figures.html, "HTML budget (40,000 bytes)").toBeLessThanOrEqual(40_000);
});

const PAGE_TYPES = [
  "/",
  "/actualites/",
  REFERENCE,
  "/actualites/composer-un-article-avec-les-composants/",
  "/actualites/retour-en-images-sur-la-semaine-du-numerique-public/",
  "/espace-presse/lancement-du-service-de-signature-electronique-de-l-etat/",
  "/tags/",
  "/tags/communs-numeriques/",
  "/categories/article/",
  "/accessibilite/",
  "/cette-page-n-existe-pas/",
];

for (const path of PAGE_TYPES) {
  test(`${path} makes no request to another origin`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: "networkidle" });
    // Scrolling loads the lazy images below the fold.
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
  });
}

test("images are responsive: WebP variants, explicit size, the hero first and the rest lazy", async ({ page }) => {
  await page.goto(REFERENCE);
  const hero = page.locator("figure.hero img");
  await expect(hero).toHaveAttribute("loading", "eager");
  await expect(hero).toHaveAttribute("fetchpriority", "high");
  await expect(hero).toHaveAttribute("width", "1200");
  await expect(hero).toHaveAttribute("height", "630");
  const heroSource = page.locator("figure.hero picture source[type='image/webp']");
  await expect(heroSource).toHaveAttribute("srcset", /-320\.webp 320w, .*-1200\.webp 1200w$/);
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);

  const figureImage = page.locator(".article-body figure.figure img").first();
  await expect(figureImage).toHaveAttribute("loading", "lazy");
  await expect(figureImage).toHaveAttribute("width", /^\d+$/);
  await expect(figureImage).toHaveAttribute("height", /^\d+$/);
  // A half-width figure asks for a half-width variant.
  await expect(page.locator(".article-body figure.figure source").first()).toHaveAttribute("sizes", "(min-width: 48rem) 384px, 100vw");
});
