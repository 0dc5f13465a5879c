import { expect, test, type Page } from "@playwright/test";

/** Feeds carry absolute addresses on the configured site: read them back on the test server. */
const local = (url: string) => new URL(url).pathname;

type ParsedFeed = { ok: boolean; title: string; items: { link: string; title: string; categories: string[]; content: string }[] };

/** Parses RSS or Atom with the browser's own XML parser, which reports any well-formedness error. */
async function parseXmlFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ok = !doc.querySelector("parsererror");
    const atom = doc.documentElement.localName === "feed";
    const entries = [...doc.documentElement.querySelectorAll(atom ? "entry" : "channel > item")];
    const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
    return {
      ok,
      title: child(atom ? doc.documentElement : doc.querySelector("channel")!, "title")?.textContent ?? "",
      items: entries.map((e) => ({
        title: child(e, "title")?.textContent ?? "",
        link: atom ? (child(e, "link")?.getAttribute("href") ?? "") : (child(e, "link")?.textContent ?? ""),
        categories: [...e.children].filter((c) => c.localName === "category").map((c) => c.getAttribute("label") ?? c.textContent ?? ""),
        content: (atom ? child(e, "content") : child(e, "encoded"))?.textContent ?? "",
      })),
    };
  }, xml);
}

for (const [path, type] of [
  ["/feed.xml", "application/rss+xml"],
  ["/atom.xml", "application/atom+xml"],
] as const) {
  test(`the site feed ${path} is well-formed, newest first, with absolute links and whole articles`, async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    await page.goto("/");
    const feed = await parseXmlFeed(page, await response.text());
    expect(feed.ok).toBe(true);
    expect(feed.title).toBe("numerique.gouv.fr");
    expect(feed.items.length).toBeGreaterThan(3);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\/[^/]+\/.+\/$/);
    const reference = feed.items.find((i) => i.title === "État et communs numériques : une coopération fructueuse");
    expect(reference?.categories).toEqual(["Accélérateur d'initiatives citoyennes", "Communs numériques", "Logiciels libres", "Open source"]);
    expect(reference?.content).toMatch(/<img src="https?:\/\/[^"]+\/uploads\/evt-aic-communs-numeriques-grozier\.jpg"/);
    expect(reference?.content).toContain("Une relation État-communs numériques fructueuse dans les deux sens");
    // Drafts and articles scheduled for later are never in a feed.
    expect(feed.items.map((i) => i.title)).not.toContain("Salon des communs : le programme en préparation");
    expect(feed.items.map((i) => i.title)).not.toContain("Forum ouvert sur les communs numériques");
    // Every link of the feed leads to a page of the site.
    expect((await request.get(local(feed.items[0]!.link))).status()).toBe(200);
  });
}

test("the JSON feed follows JSON Feed 1.1 with the lede as summary and the article as HTML", async ({ request }) => {
  const response = await request.get("/feed.json");
  expect(response.headers()["content-type"]).toContain("application/feed+json");
  const feed = await response.json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(local(feed.feed_url)).toBe("/feed.json");
  const mdx = feed.items.find((i: { title: string }) => i.title === "Composer un article avec les composants de la rédaction");
  expect(mdx.summary).toMatch(/^Figures, encadrés, vidéos/);
  // MDX components arrive as their HTML: the callout and its title, the image at an absolute address.
  expect(mdx.content_html).toMatch(/<aside data-encadre="bleue"><h3[^>]*>À retenir<\/h3>/);
  expect(mdx.content_html).toMatch(/<img src="https?:\/\/[^"]+\/uploads\/composants-figure\.jpg"/);
  expect(mdx.tags).toEqual(["Rédaction", "Accessibilité", "Open source"]);
});

test("a section and a tag announce their own feeds, which list only their articles", async ({ page, request }) => {
  for (const [path, name, expected] of [
    ["/actualites/", "Actualités (RSS)", "/actualites/feed.xml"],
    ["/tags/communs-numeriques/", "Communs numériques (Atom)", "/tags/communs-numeriques/atom.xml"],
  ] as const) {
    await page.goto(path);
    const link = page.locator(`head link[rel="alternate"][title="${name}"]`);
    await expect(link).toHaveAttribute("href", new RegExp(`^https?://[^/]+${expected.replace(/\./g, "\\.")}$`));
    const feed = await parseXmlFeed(page, await (await request.get(local((await link.getAttribute("href"))!))).text());
    expect(feed.ok).toBe(true);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      if (path === "/actualites/") expect(local(item.link)).toMatch(/^\/actualites\//);
      else expect(item.categories).toContain("Communs numériques");
    }
  }
});
