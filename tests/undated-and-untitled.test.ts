/**
 * What the old site kept must survive (issue 11): a draft without a date or a title never stops
 * a build, a published document without a date is an undated page, and only a missing title on
 * something that will be published is an error, saying both ways out. Fixtures:
 * tests/fixtures/unseen/.
 */
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { homeArticles } from "@/components/home-page";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import {
  adjacentArticles,
  allArticles,
  articleByUrl,
  articlesInSection,
  currentSite,
  unpublishedArticles,
} from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { buildFeed } from "@/lib/feeds/feed";
import { sitemapPages } from "@/lib/pages/table";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";

const fixtures = path.join(import.meta.dirname, "fixtures", "unseen");
const CONTENT = path.join(fixtures, "content");

beforeEach(() => {
  vi.stubEnv("CONTENT_DIR", CONTENT);
  vi.stubEnv("CHAPEAU_PREVIEW", "");
  vi.stubEnv("VERCEL_ENV", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const production = () => vi.stubEnv("NODE_ENV", "production");
const development = () => vi.stubEnv("NODE_ENV", "development");
const findings = (file: string) =>
  loadContent()
    .issues.filter((i) => i.file.endsWith(file))
    .map(formatIssue);
const byId = (id: string): Article => {
  const found = loadContent().articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
};

describe("a draft without a date or a title", () => {
  it("loads, with its file name as working title, and the check says what to complete, as warnings", () => {
    const untitled = byId("actualites/brouillon-sans-titre.md");
    expect(untitled).toMatchObject({ draft: true, untitled: true, title: "brouillon-sans-titre.md", date: undefined });
    expect(byId("_drafts/une-idee.md")).toMatchObject({ draft: true, untitled: true, title: "une-idee.md" });
    expect(byId("actualites/brouillon-sans-date.md")).toMatchObject({ draft: true, untitled: false, title: "Un brouillon sans date" });

    expect(findings("brouillon-sans-titre.md")).toEqual([
      expect.stringMatching(/:1:1: warning: à compléter avant publication : no "title" yet \(the preview shows the file name « brouillon-sans-titre\.md » in its place\)$/),
      expect.stringMatching(/:1:1: warning: à compléter avant publication : no "date" yet/),
    ]);
    expect(findings("brouillon-sans-date.md")).toEqual([expect.stringMatching(/warning: à compléter avant publication : no "date" yet/)]);
    // Nothing in this folder is an error: a production build goes on.
    expect(loadContent().issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("is left out of a production build", () => {
    production();
    const urls = allArticles().map((a) => a.url);
    expect(urls).not.toContain("/actualites/brouillon-sans-titre/");
    expect(urls).not.toContain("/actualites/brouillon-sans-date/");
    expect(urls).not.toContain("/actualites/une-idee/");
  });

  it("is listed at /brouillons/ in development, under its working title, with the files to repair", () => {
    development();
    const { drafts, toRepair } = unpublishedArticles();
    expect(drafts.map((a) => a.title)).toEqual(expect.arrayContaining(["brouillon-sans-titre.md", "une-idee.md", "Un brouillon sans date"]));
    // Dated drafts first (newest first), then the undated ones.
    expect(drafts.map((a) => a.date === undefined)).toEqual([...drafts.map((a) => a.date === undefined)].sort());
    expect(toRepair.map((f) => f.displayPath)).toEqual(["tests/fixtures/unseen/content/_a-reparer/actualites/fichier-casse.md"]);
    expect(toRepair[0]!.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/fichier-casse\.md:3:17: warning: à réparer : front matter is not valid YAML: Missing closing "quote/),
    ]);
  });
});

describe("a draft whose front matter the site cannot read", () => {
  it("is reported as a warning, so it stops no build, and is left out of production", () => {
    vi.stubEnv("CONTENT_DIR", path.join(fixtures, "broken-draft"));
    expect(loadContent().issues.map(formatIssue)).toEqual([
      expect.stringMatching(/_drafts\/idee-cassee\.md:2:\d+: warning: front matter is not valid YAML: .* \(a draft: à corriger avant publication\)$/),
      expect.stringMatching(
        /actualites\/brouillon-date-impossible\.md:3:7: warning: front matter "date": expected a real calendar date.* \(a draft: à corriger avant publication\)$/,
      ),
    ]);
    production();
    expect(allArticles().map((a) => a.title)).toEqual(["Un article publié"]);
  });
});

describe("a file waiting in _a-reparer/", () => {
  it("is never an article, and its problem is a warning (no build stops for it)", () => {
    const index = loadContent();
    expect(index.articles.map((a) => a.id).filter((id) => id.startsWith("_a-reparer"))).toEqual([]);
    expect(index.broken.map((b) => b.displayPath)).toEqual([]);
    expect(findings("fichier-casse.md")).toEqual([expect.stringMatching(/warning: à réparer : front matter is not valid YAML/)]);
  });
});

describe("a published document without a date", () => {
  it("is an undated page: published, and the check says so as a warning", () => {
    production();
    const page = articleByUrl("/actualites/nos-principes/");
    expect(page).toMatchObject({ title: "Nos principes", draft: false, date: undefined });
    expect(findings("nos-principes.md")).toEqual([expect.stringMatching(/:1:1: warning: sans date : publié comme page/)]);
  });

  it("comes after the dated articles of its section, and has no previous or next article", () => {
    production();
    expect(articlesInSection("actualites").map((a) => a.title)).toEqual(["Un article daté", "Un article plus ancien", "Nos principes"]);
    expect(adjacentArticles(articleByUrl("/actualites/nos-principes/")!)).toEqual({});
    expect(adjacentArticles(articleByUrl("/actualites/un-article-plus-ancien/")!).previous).toBeUndefined();
  });

  it("is in no date-ordered feed (site, section, tag) and not on the home page's chronology", async () => {
    production();
    for (const scope of [{ kind: "site" }, { kind: "section", path: "actualites" }, { kind: "tag", slug: "communs" }] as const) {
      const feed = await buildFeed(scope);
      const titles = feed!.items.map((i) => i.title);
      expect(titles, scope.kind).toContain("Un article daté");
      expect(titles, scope.kind).not.toContain("Nos principes");
    }
    const home = homeArticles(currentSite());
    expect([home.featured, ...home.rest].map((a) => a?.title)).not.toContain("Nos principes");
  });

  it("is described as a WebPage, an Open Graph website, and in the sitemap without a date", async () => {
    production();
    const page = articleByUrl("/actualites/nos-principes/")!;
    const image = { url: "https://example.org/carte.png", width: 1200, height: 630, alt: "" };
    const [main] = articleJsonLd(page, image);
    expect(main).toMatchObject({ "@type": "WebPage", name: "Nos principes", headline: "Nos principes" });
    expect(main).not.toHaveProperty("datePublished");
    const metadata = await articleMetadata(page);
    expect(metadata.openGraph).toMatchObject({ type: "website" });
    expect(metadata.openGraph).not.toHaveProperty("publishedTime");
    expect(sitemapPages().find((p) => p.path === page.url)).toEqual({ path: page.url, lastModified: undefined });

    // A dated article stays news.
    const dated = articleByUrl("/actualites/un-article-date/")!;
    expect(articleJsonLd(dated, image)[0]).toMatchObject({ "@type": "NewsArticle", datePublished: "2024-03-01T10:00:00+01:00" });
    expect((await articleMetadata(dated)).openGraph).toMatchObject({ type: "article" });
  });
});

describe("a document that will be published without a title", () => {
  it("is an error that says both ways out, and a production build refuses it", () => {
    vi.stubEnv("CONTENT_DIR", path.join(fixtures, "untitled"));
    production();
    expect(loadContent().issues.map(formatIssue)).toEqual([
      'tests/fixtures/unseen/untitled/actualites/sans-titre.md:1:1: error: front matter "title" is required: a document that will be published needs a title: add « title: Le titre », or mark it « draft: true » to keep it unpublished',
    ]);
    expect(() => allArticles()).toThrow(/content error/);
  });
});
