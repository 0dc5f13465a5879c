/**
 * Every real article of the shared corpus, built as-is (`npm run build:corpus`), as a reader
 * sees it (and as axe-core checks it, WCAG 2.1 AA). Expectations come from the source files (e2e/support/source-reading.ts), not from the
 * renderer, so anything lost or garbled on the way fails here.
 */
import { expect, test as base, type APIRequestContext, type Page } from "@playwright/test";
import { siteConfig } from "@/site.config";
import { wcagViolations } from "./support/axe";
import { corpusDir, corpusEntries, servedPaths, type CorpusEntry } from "./support/corpus";
import { normaliseText, sitePathOf } from "./support/source-reading";

/**
 * One page per worker, from article to article, as a reader browsing the site: the site's scripts
 * and styles come from the browser's cache after the first article, instead of being fetched and
 * compiled again for each of the 120 articles.
 */
const test = base.extend<{ page: Page }, { readerPage: Page }>({
  readerPage: [
    async ({ browser }, provide, workerInfo) => {
      const { baseURL, locale, timezoneId, viewport } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
      // The corpus has no uploads: its images are missing on purpose, and asking for them is wasted time.
      await context.route(/\/uploads\//, (route) => route.fulfill({ status: 404, body: "" }));
      await provide(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ readerPage }, provide) => provide(readerPage),
});

const dir = corpusDir();
const entries = dir ? corpusEntries(dir) : [];
const served = servedPaths(entries);

// What a reader must never see: tags, attribute lists, Liquid, escaped or named entities,
// Markdown left unread (`**bold**` asterisks, `[text](url)`).
const RAW_MARKUP =
  /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>|\{:|\{\.\s*:|\{%|%\}|\{\{|\}\}|&lt;|&gt;|&nbsp;|&amp;|&#\d+;|&[a-z]+;|\S\*\*|\*\*\S|\]\(/i;

test.skip(!dir, `no corpus at ${process.env.CORPUS_DIR || "../shared/corpus/numerique.gouv.fr"}: set CORPUS_DIR`);

/** Status of a path on the corpus build, each path asked once per worker. */
const statuses = new Map<string, Promise<number>>();
function statusOf(request: APIRequestContext, path: string): Promise<number> {
  let pending = statuses.get(path);
  if (!pending) {
    pending = request.get(path, { maxRedirects: 0 }).then((r) => r.status());
    statuses.set(path, pending);
  }
  return pending;
}

/** Everything the checks need from a page, read in one pass (the pages are static HTML). */
type Snapshot = {
  h1: string[];
  text: string;
  figures: number;
  captions: string[];
  alts: string[];
  headings: string[];
  embeds: number;
  hrefs: string[];
  words: string;
  jsonLd: string[];
  attachments: string[];
};

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const body = main.querySelector(".article-body")!;
    const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];
    return {
      h1: all(document, "h1").map((h) => h.textContent ?? ""),
      text: main.innerText,
      figures: all(body, "figure.figure").length,
      captions: all(main, "figure figcaption").map((c) => c.textContent ?? ""),
      alts: all(main, "img").map((i) => i.getAttribute("alt") ?? ""),
      headings: all(body, "h2, h3, h4, h5, h6").map((h) => h.textContent ?? ""),
      embeds: all(body, "figure.embed").length,
      hrefs: all(main, "article a[href]").map((a) => a.getAttribute("href") ?? ""),
      jsonLd: all(document, 'script[type="application/ld+json"]').map((s) => s.textContent ?? ""),
      attachments: all(main, "section[aria-labelledby=documents] li").map((li) => li.textContent ?? ""),
      // The words a reader sees, without the words added for screen readers (« lien externe »).
      words: (() => {
        all(main, ".sr-only").forEach((e) => e.remove());
        return main.innerText;
      })(),
    };
  });
}

function missing(expected: string[], found: string[]): string[] {
  const have = new Set(found.map(normaliseText));
  return expected.filter((e) => !have.has(e));
}

const articles = entries.filter((e) => e.kind === "article");

test.describe("every article of the corpus", () => {
  for (const entry of articles) {
    test(`${entry.name} renders faithfully`, async ({ page, request }) => {
      const response = await page.goto(entry.url);
      expect(response?.status(), "HTTP status").toBe(200);
      // What the article brings to the page; the layout around it is judged by accessibility.spec.ts.
      // Before the snapshot, which removes the words for screen readers to count the visible ones.
      const accessibility = await wcagViolations(page, { include: "main" });
      const seen = await snapshot(page);
      const { expect: source } = entry;
      const raw = RAW_MARKUP.exec(seen.text);
      const pageWords = new Set(normaliseText(seen.words).split(/[^\p{L}\p{N}]+/u));
      const frontImages = entry.images.map((i) => normaliseText(i.alt)).filter(Boolean);
      const frontCaptions = entry.images.map((i) => normaliseText(i.caption ?? "")).filter(Boolean);
      // All differences at once, so one run tells everything wrong with a page.
      expect({
        title: seen.h1.map(normaliseText),
        rawMarkup: raw ? seen.text.slice(Math.max(0, raw.index - 80), raw.index + 80) : null,
        figures: seen.figures,
        captionsLost: missing(source.captions, seen.captions),
        altsLost: missing([...source.alts, ...frontImages], seen.alts),
        imageCaptionsLost: missing(frontCaptions, seen.captions),
        headingsLost: missing(source.headings, seen.headings),
        embeds: seen.embeds,
        wordsLost: [...new Set(source.words.filter((w) => !pageWords.has(w)))],
        accessibility,
      }).toEqual({
        title: [normaliseText(entry.title)],
        rawMarkup: null,
        figures: source.figures,
        captionsLost: [],
        altsLost: [],
        imageCaptionsLost: [],
        headingsLost: [],
        embeds: source.embeds,
        wordsLost: [],
        accessibility: [],
      });
      await expectLinks(seen.hrefs, request, entry);
      expectFrontMatterBlocks(seen, entry);
    });
  }
});

/** What the front matter adds to the page: event details and metadata, press contact, attachments. */
function expectFrontMatterBlocks(seen: Snapshot, entry: CorpusEntry) {
  const text = normaliseText(seen.text);
  if (entry.hasEventDate) {
    const events = seen.jsonLd.map((j) => JSON.parse(j) as Record<string, unknown>).filter((d) => d["@type"] === "Event");
    expect(events, "schema.org Event in the page").toHaveLength(1);
    expect(normaliseText(String(events[0]!.name))).toBe(normaliseText(entry.title));
    expect(events[0]!.startDate).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(text).toContain("Informations pratiques");
    if (entry.eventPlace) expect(text).toContain(normaliseText(entry.eventPlace));
  }
  if (entry.pressEmail) expect(text, "press contact").toContain(entry.pressEmail);
  const listed = seen.attachments.map(normaliseText);
  for (const name of entry.attachments.filter(Boolean)) {
    expect(listed.some((l) => l.startsWith(normaliseText(name))), `attachment « ${name} » listed`).toBe(true);
  }
}

/**
 * Links to the site itself lead somewhere: an internal link when the target exists in this
 * build, the old site's address otherwise; and every internal link of the article answers.
 */
async function expectLinks(hrefs: string[], request: APIRequestContext, entry: CorpusEntry) {
  const internal = hrefs.filter((h) => h.startsWith("/") && !h.startsWith("//"));
  const internalPaths = new Set(internal.map((h) => safeDecode(h.split(/[?#]/)[0]!)));
  const oldSitePaths = new Set(
    hrefs.filter((h) => /^https?:/.test(h)).map((h) => safeDecode(sitePathOf(h, siteConfig.legacyHosts) ?? "")),
  );
  const notInternal: string[] = [];
  const notSentToOldSite: string[] = [];
  for (const path of entry.expect.sitePaths) {
    const decoded = safeDecode(/\.[a-z0-9]{2,5}$/i.test(path) || path.endsWith("/") ? path : `${path}/`);
    if (served.has(decoded)) {
      if (!internalPaths.has(decoded)) notInternal.push(decoded);
    } else if (!oldSitePaths.has(decoded)) notSentToOldSite.push(decoded);
  }
  const broken: string[] = [];
  for (const href of new Set(internal)) {
    const status = await statusOf(request, href);
    if (status !== 200 && status !== 308) broken.push(`${href} (${status})`);
  }
  expect({ notInternal, notSentToOldSite, broken }, "links").toEqual({ notInternal: [], notSentToOldSite: [], broken: [] });
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

const longest = [...articles].sort((a, b) => b.name.length - a.name.length)[0];
const longestSlug = longest?.url.split("/").filter(Boolean).pop() ?? "";

test("the longest file name of the corpus builds and keeps the source site's URL", async ({ request }) => {
  test.skip(longestSlug.length <= 200, "this corpus has no file name longer than 200 characters");
  expect(longest!.name).toContain(longestSlug);
  expect((await request.get(longest!.url, { maxRedirects: 0 })).status()).toBe(200);
});

test.describe("redirect stubs and unpublished articles of the corpus", () => {
  for (const entry of entries.filter((e) => e.kind === "redirect")) {
    test(`${entry.name} sends readers on (308)`, async ({ request }) => {
      const response = await request.get(entry.url, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      const target = entry.redirectTo!;
      const location = response.headers().location ?? "";
      expect(safeDecode(location)).toBe(/^[a-z]+:/i.test(target) ? safeDecode(new URL(target).href) : `/${target.replace(/^\/+|\/+$/g, "")}/`);
    });
  }
  for (const entry of entries.filter((e) => e.kind === "article" && e.redirectFrom.length)) {
    test(`${entry.name} answers at its old addresses`, async ({ request }) => {
      for (const from of entry.redirectFrom) {
        const response = await request.get(from, { maxRedirects: 0 });
        expect(response.status()).toBe(308);
        expect(response.headers().location).toBe(entry.url);
      }
    });
  }
  test("unpublished articles are not served", async ({ request }) => {
    const unpublished = entries.filter((e) => e.kind === "unpublished");
    test.skip(!unpublished.length, "this corpus has no unpublished article");
    for (const entry of unpublished) {
      expect((await request.get(entry.url, { maxRedirects: 0 })).status(), entry.name).toBe(404);
    }
  });
});
