import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toHtml } from "hast-util-to-html";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildFeed, FEED_SIZE } from "@/lib/feeds/feed";
import { bodyToHast } from "@/lib/markdown/to-html";

describe("MDX as plain HTML (feeds, outline)", () => {
  it("turns the site's components into their semantic HTML", async () => {
    const html = toHtml(
      await bodyToHast(
        [
          '<Figure src="/uploads/a.jpg" alt="Un carnet" caption="La légende" align="left" width="40%" />',
          "",
          '<Encadre variant="bleue" title="À retenir">',
          "",
          "Un **texte**.",
          "",
          "</Encadre>",
          "",
          '<Embed src="https://www.dailymotion.com/embed/video/x7y68yv" title="Présentation" />',
          "",
          "Une valeur {1 + 1} et <abbr title=\"Direction\">DINUM</abbr>.",
        ].join("\n"),
        { format: "mdx" },
      ),
    );
    expect(html).toMatch(/<figure data-align="left" data-width="40"><img src="\/uploads\/a.jpg" alt="Un carnet"><figcaption>La légende<\/figcaption><\/figure>/);
    expect(html).toMatch(/<aside data-encadre="bleue"><h3 id="user-content-a-retenir">À retenir<\/h3>\s*<p>Un <strong>texte<\/strong>\.<\/p>\s*<\/aside>/);
    expect(html).toContain('<a href="https://www.dailymotion.com/video/x7y68yv">Présentation (Dailymotion)</a>');
    expect(html).toContain('<abbr title="Direction">DINUM</abbr>');
    expect(html).not.toContain("1 + 1");
  });
});

describe("the site feed", () => {
  // The fixture site (tests/fixtures/site/), never the bundled content an organisation replaces.
  beforeAll(() => {
    vi.stubEnv("CONTENT_DIR", path.join(import.meta.dirname, "fixtures", "site"));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  it("lists the newest published articles with absolute URLs and whole content", async () => {
    const feed = await buildFeed({ kind: "site" });
    expect(feed).toBeDefined();
    const items = feed!.items;
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThanOrEqual(FEED_SIZE);
    const dates = items.map((i) => i.published.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      expect(item.url).toMatch(/^https?:\/\/[^/]+\/.+\/$/);
      // Every address in the content is absolute: no `src="/…"`, `href="/…"` or `href="#…"`.
      expect(item.contentHtml).not.toMatch(/(?:src|href)="(?:\/(?!\/)|#)/);
    }
    const reference = items.find((i) => i.title.startsWith("État et communs numériques"));
    expect(reference?.summary).toMatch(/^Vers un État partenaire des communs numériques/);
    expect(reference?.contentHtml).toMatch(/<img src="https?:\/\/[^"]+\/uploads\/evt-aic-communs-numeriques-grozier\.jpg"/);
    expect(reference?.categories.map((c) => c.label)).toContain("Communs numériques");
    const mdx = items.find((i) => i.title.startsWith("Composer un article"));
    expect(mdx?.contentHtml).toMatch(/<aside data-encadre="bleue"><h3[^>]*>À retenir<\/h3>/);
  });
  it("answers nothing for a tag that does not exist", async () => {
    expect(await buildFeed({ kind: "tag", slug: "n-existe-pas" })).toBeUndefined();
  });
});

describe("a feed of a large site", () => {
  it("carries the newest 50 articles only", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-feed-"));
    fs.mkdirSync(path.join(dir, "actualites"));
    for (let i = 1; i <= 55; i++) {
      const day = String(i).padStart(2, "0");
      const date = `2024-${i <= 28 ? "01" : "02"}-${i <= 28 ? day : String(i - 28).padStart(2, "0")} 10:00:00 +01:00`;
      fs.writeFileSync(path.join(dir, "actualites", `note-${day}.md`), `---\ntitle: "Note ${day}"\ndate: ${date}\n---\n\nTexte ${day}.\n`);
    }
    vi.stubEnv("CONTENT_DIR", dir);
    try {
      const feed = await buildFeed({ kind: "site" });
      expect(feed!.items).toHaveLength(FEED_SIZE);
      expect(feed!.items[0]!.title).toBe("Note 55");
      expect(feed!.items.map((i) => i.title)).not.toContain("Note 05");
    } finally {
      vi.unstubAllEnvs();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
