/**
 * The table of page kinds: every address the catch-all route serves comes from one entry, and
 * the route, the sitemap, the links' resolution and the content check's served addresses all
 * read this table. Adding a kind of page is one entry (a file under kinds/) and one line here.
 *
 * One catch-all route serves them all because a static export refuses a dynamic route with no
 * page to generate (a site with no tag yet, a section with one page). The order is the order
 * addresses are tried in.
 */
import { ALIAS_SEGMENT } from "@/lib/content/long-urls";
import { currentSite, longUrlRewrites, type SiteModel } from "@/lib/content/queries";
import { safeDecode } from "@/lib/safe-decode";
import { articlePages } from "./kinds/article";
import { brokenPages } from "./kinds/broken";
import { draftsPages } from "./kinds/drafts";
import { homePages } from "./kinds/home";
import { redirectPages } from "./kinds/redirect";
import { sectionPages } from "./kinds/section";
import { sitePages } from "./kinds/site-page";
import { CATEGORIES, TAGS, termIndexPages, termPages } from "./kinds/term";
import type { Page, PageKind, SitemapEntry } from "./page-kind";

export const PAGE_KINDS: readonly PageKind[] = [
  articlePages,
  redirectPages,
  draftsPages,
  homePages,
  termIndexPages(TAGS),
  termIndexPages(CATEGORIES),
  termPages(TAGS),
  termPages(CATEGORIES),
  sectionPages,
  sitePages,
  brokenPages,
];

/** `["a", "b%C3%A9"]` -> `/a/bé/`: the address as content names it. */
export function pathOf(segments: string[]): string {
  return segments.length ? `/${segments.map((s) => safeDecode(s)).join("/")}/` : "/";
}

/** The page at these segments, if the site has one. */
export function pageAt(segments: string[], site: SiteModel = currentSite()): Page | undefined {
  // A page built under an alias (its address is too long for a file name) is the page it stands for.
  const alias = segments[0] === ALIAS_SEGMENT ? longUrlRewrites(site).find((r) => r.to === pathOf(segments)) : undefined;
  const address = { segments: alias ? alias.from.split("/").filter(Boolean) : segments, path: alias ? alias.from : pathOf(segments) };
  for (const kind of PAGE_KINDS) {
    const page = kind.resolve(address, site);
    if (page) return page;
  }
  return undefined;
}

/**
 * Every address of every kind, as segment lists. `aliases` (for the route's static params):
 * an address too long for a file name is given as its short alias.
 */
export function pagePaths(site: SiteModel = currentSite(), { aliases = true } = {}): string[][] {
  const alias = new Map(aliases ? longUrlRewrites(site).map((r) => [r.from, r.to]) : []);
  const out: string[][] = [];
  for (const kind of PAGE_KINDS) {
    for (const segments of kind.paths(site)) {
      const short = alias.get(pathOf(segments));
      out.push(short ? short.split("/").filter(Boolean) : segments);
    }
  }
  return out;
}

/** The pages search engines should know, from every kind that lists some. */
export function sitemapPages(site: SiteModel = currentSite()): SitemapEntry[] {
  return PAGE_KINDS.flatMap((kind) => kind.sitemap?.(site) ?? []);
}
