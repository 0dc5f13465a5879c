import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adjacentArticles, allArticles, articlesInSection, relatedArticles } from "@/lib/content/queries";

// The fixture site: several sections, shared tags, and more articles than a "related" box shows.
beforeAll(() => {
  process.env.CONTENT_DIR = path.join(import.meta.dirname, "fixtures", "site");
});
afterAll(() => {
  delete process.env.CONTENT_DIR;
});

describe("what an article offers to read next", () => {
  it("links each article to the older and newer one of its section, both ways", () => {
    for (const article of allArticles().filter((a) => !a.redirectTo)) {
      const { previous, next } = adjacentArticles(article);
      const section = articlesInSection(article.section.folder).filter((a) => !a.redirectTo);
      const at = section.indexOf(article);
      expect(next).toBe(section[at - 1]);
      expect(previous).toBe(section[at + 1]);
      if (previous) expect(adjacentArticles(previous).next).toBe(article);
    }
  });

  it("suggests articles sharing the most tags first, then the newest of the section, never itself", () => {
    for (const article of allArticles().filter((a) => !a.redirectTo)) {
      const related = relatedArticles(article);
      expect(related).not.toContain(article);
      expect(new Set(related).size).toBe(related.length);
      const shared = (other: (typeof related)[number]) =>
        other.tags.filter((t) => article.tags.some((mine) => mine.slug === t.slug)).length;
      const scores = related.map(shared);
      // Scores never rise along the list: an article sharing a tag comes before one sharing none.
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      // As many as there are (up to three) among articles sharing a tag or the section.
      const eligible = allArticles().filter(
        (a) => a !== article && !a.redirectTo && (shared(a) > 0 || a.section.folder === article.section.folder),
      );
      expect(related.length).toBe(Math.min(3, eligible.length));
    }
  });
});
