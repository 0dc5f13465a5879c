import { expect, test } from "@playwright/test";
import { expectNoAxeViolationInDev } from "./support/axe";

// `npm run dev` shows what readers cannot see yet, clearly marked and kept out of search engines.

test("a draft carries a « Brouillon » banner and asks search engines not to index it", async ({ page }) => {
  await page.goto("/actualites/un-brouillon/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un brouillon en cours d’écriture");
  await expect(page.locator(".unpublished-banner")).toContainText("Brouillon");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolationInDev(page);
});

test("a scheduled article says when it will be published", async ({ page }) => {
  await page.goto("/agenda/rendez-vous-programme/");
  await expect(page.locator(".unpublished-banner")).toContainText("Programmé pour le 3 juin 2099 à 10 h");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("an article with published: false and one in _drafts/ are drafts too", async ({ page }) => {
  await page.goto("/espace-presse/communique-non-publie/");
  await expect(page.locator(".unpublished-banner")).toContainText("Brouillon");
  await page.goto("/actualites/une-idee-d-article/");
  await expect(page.locator(".unpublished-banner")).toContainText("Brouillon");
});

test("a published article has no banner and may be indexed", async ({ page }) => {
  await page.goto("/actualites/article-en-direct/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".unpublished-banner")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test("/brouillons/ lists every scheduled article and draft, and leads to them", async ({ page }) => {
  await page.goto("/brouillons/");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const scheduled = page.getByRole("region", { name: /^Programmés/ });
  await expect(scheduled.getByRole("listitem")).toHaveCount(1);
  await expect(scheduled).toContainText("Programmé pour le 3 juin 2099 à 10 h");
  const drafts = page.getByRole("region", { name: /^Brouillons/ });
  await expect(drafts.getByRole("link")).toHaveText(["Un brouillon en cours d’écriture", "Une idée d’article", "Un communiqué retenu", "une-note-sans-date.md"]);
  await expectNoAxeViolationInDev(page);
  await drafts.getByRole("link", { name: "Une idée d’article" }).click();
  await expect(page).toHaveURL(/\/actualites\/une-idee-d-article\/$/);
});

test("listings show drafts with their status", async ({ page }) => {
  await page.goto("/actualites/");
  const card = page.getByRole("article").filter({ hasText: "Un brouillon en cours d’écriture" });
  await expect(card).toContainText("Brouillon");
});
