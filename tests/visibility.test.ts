import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { unpublishedLabel } from "@/components/unpublished";
import { loadContent } from "@/lib/content/load";
import { isVisible, showsUnpublished, visibilityOf } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";

const fixtures = path.join(import.meta.dirname, "fixtures", "dev-content");

function article(id: string): Article {
  process.env.CONTENT_DIR = fixtures;
  const found = loadContent().articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete process.env.CONTENT_DIR;
});

describe("what a build shows", () => {
  it("shows drafts and scheduled articles only in development and previews", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("CHAPEAU_PREVIEW", "");
    vi.stubEnv("VERCEL_ENV", "production");
    expect(showsUnpublished()).toBe(false);
    vi.stubEnv("CHAPEAU_PREVIEW", "1");
    expect(showsUnpublished()).toBe(true);
    vi.stubEnv("CHAPEAU_PREVIEW", "");
    vi.stubEnv("VERCEL_ENV", "preview");
    expect(showsUnpublished()).toBe(true);
    vi.stubEnv("VERCEL_ENV", "");
    vi.stubEnv("NODE_ENV", "development");
    expect(showsUnpublished()).toBe(true);
  });

  it("knows a draft by draft: true, published: false or the _drafts folder, and a scheduled article by its date", () => {
    const now = Date.parse("2026-11-15T12:00:00Z");
    expect(visibilityOf(article("actualites/un-brouillon.md"), now)).toBe("draft");
    expect(visibilityOf(article("communiques/communique-non-publie.md"), now)).toBe("draft");
    expect(visibilityOf(article("_drafts/une-idee-d-article.md"), now)).toBe("draft");
    expect(visibilityOf(article("evenements/rendez-vous-programme.md"), now)).toBe("scheduled");
    expect(visibilityOf(article("evenements/rendez-vous-programme.md"), Date.parse("2099-06-03T08:00:00Z"))).toBe("published");
    vi.stubEnv("NODE_ENV", "production");
    expect(isVisible(article("evenements/rendez-vous-programme.md"), now)).toBe(false);
    expect(isVisible(article("actualites/article-en-direct.md"), now)).toBe(true);
  });

  it("labels them as the banner says it, in French and in Paris time", () => {
    const now = Date.parse("2026-11-15T12:00:00Z");
    expect(unpublishedLabel(article("actualites/un-brouillon.md"), now)).toBe("Brouillon");
    expect(unpublishedLabel(article("evenements/rendez-vous-programme.md"), now)).toBe("Programmé pour le 3 juin 2099 à 10 h");
    expect(unpublishedLabel(article("actualites/article-en-direct.md"), now)).toBeUndefined();
  });
});
