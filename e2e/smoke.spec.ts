/**
 * The smoke suite: it runs on whatever content/ holds (`npm run test:smoke`, after `npm run build`),
 * so it names no article. What must hold for any site an organisation makes of Chapeau: every
 * page answers, every internal link and image resolves, no page has an accessibility violation,
 * every feed parses and leads to pages that exist.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { wcagViolations } from "./support/axe";
import { crawl } from "./support/crawl";

/** Every page a reader can reach from the home page, and every page the sitemap announces. */
async function sitePages(request: APIRequestContext) {
  const crawled = await crawl(request, "/");
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status(), "/sitemap.xml").toBe(200);
  const announced = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, "&")).pathname);
  return { ...crawled, announced, all: [...new Set([...crawled.pages, ...announced])].sort() };
}

test("every page, link and image of the site answers", async ({ request }) => {
  const { pages, broken, announced, all } = await sitePages(request);
  console.log(`smoke: ${all.length} pages (${pages.length} reached by links, ${announced.length} in the sitemap)`);
  expect(broken, "links and images that do not answer 200").toEqual([]);
  // The home page, a section, the footer pages: a site has more than its home page.
  expect(pages.length).toBeGreaterThan(3);
  const missing: string[] = [];
  for (const path of announced) {
    const status = (await request.get(path)).status();
    if (status !== 200) missing.push(`${path} -> ${status}`);
  }
  expect(missing, "sitemap addresses that do not answer 200").toEqual([]);
});

test("an unknown address answers 404 with the French page", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});

// Axe takes about a second a page: the pages are split between the two workers.
const SHARDS = 2;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`no page has a WCAG 2.1 AA violation (axe-core), part ${shard + 1} of ${SHARDS}`, async ({ page, request }) => {
    const { all } = await sitePages(request);
    const mine = all.filter((_, i) => i % SHARDS === shard);
    const violations: string[] = [];
    for (const path of mine) {
      await page.goto(path);
      for (const v of await wcagViolations(page)) violations.push(`${path}: ${v}`);
    }
    expect(violations).toEqual([]);
  });
}

type FeedCheck = { ok: boolean; error?: string; links: string[] };

/** RSS and Atom read by the browser's own XML parser, which reports any well-formedness error. */
function parseXmlFeed(page: Page, xml: string): Promise<FeedCheck> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror")?.textContent ?? undefined;
    const root = doc.documentElement;
    const atom = root.localName === "feed";
    const rss = root.localName === "rss" && !!root.querySelector("channel > title");
    const entries = [...root.querySelectorAll(atom ? "entry" : "channel > item")];
    const links = entries.map((e) => {
      const link = [...e.children].find((c) => c.localName === "link");
      return (atom ? link?.getAttribute("href") : link?.textContent) ?? "";
    });
    return { ok: !error && (atom || rss), error, links };
  }, xml);
}

test("every feed the pages announce parses, and each of its items leads to a page of the site", async ({ page, request }) => {
  const { all } = await sitePages(request);
  await page.goto("/");
  const feeds = new Map<string, string>([["/feed.xml", "rss"], ["/atom.xml", "atom"], ["/feed.json", "json"]]);
  for (const path of all) {
    const html = await (await request.get(path)).text();
    for (const [, type, href] of html.matchAll(/<link rel="alternate" type="application\/(rss\+xml|atom\+xml|feed\+json)"[^>]*href="([^"]+)"/g)) {
      feeds.set(new URL(href!.replace(/&amp;/g, "&"), "http://site").pathname, type!);
    }
  }
  const problems: string[] = [];
  const items = new Set<string>();
  for (const [path, type] of feeds) {
    const response = await request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path} -> ${response.status()}`);
      continue;
    }
    const body = await response.text();
    if (type === "feed+json" || type === "json") {
      try {
        const feed = JSON.parse(body) as { version?: string; items?: { url?: string }[] };
        if (feed.version !== "https://jsonfeed.org/version/1.1" || !Array.isArray(feed.items)) problems.push(`${path}: not a JSON Feed 1.1`);
        for (const item of feed.items ?? []) items.add(item.url ?? `(an item of ${path} without url)`);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    } else {
      const feed = await parseXmlFeed(page, body);
      if (!feed.ok) problems.push(`${path}: ${feed.error ?? "neither RSS nor Atom"}`);
      for (const link of feed.links) items.add(link);
    }
  }
  console.log(`smoke: ${feeds.size} feeds, ${items.size} items`);
  expect(problems).toEqual([]);
  // Feeds carry absolute addresses on the configured site: their paths are asked of this server.
  const unanswered: string[] = [];
  for (const link of items) {
    const path = URL.canParse(link) ? new URL(link).pathname : link;
    const status = (await request.get(path)).status();
    if (status !== 200) unanswered.push(`${link} -> ${status}`);
  }
  expect(unanswered).toEqual([]);
});
