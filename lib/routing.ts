/**
 * What lives at a path served by the catch-all route: articles (at their section URL or their
 * permalink, of any depth), section, tag and category listings and their pages, the older pages
 * of the home page, institutional pages and redirects.
 *
 * One route serves them all because a static export refuses a dynamic route with no page to
 * generate (a site with no tag yet, a section with one page), while this route always has the
 * institutional pages.
 */
import { loadContent, type BrokenFile } from "@/lib/content/load";
import { ALIAS_SEGMENT } from "@/lib/content/long-urls";
import {
  allArticles,
  articleByUrl,
  articlesInSection,
  categoryBySlug,
  extraPages,
  longUrlRewrites,
  paginate,
  redirectFrom,
  redirects,
  sectionByPath,
  sections,
  showsUnpublished,
  tagBySlug,
  type Page,
} from "@/lib/content/queries";
import type { Article, Section } from "@/lib/content/types";
import { publicFileStat } from "@/lib/public-files";
import { safeDecode } from "@/lib/safe-decode";
import { SITE_PAGES, sitePageBySlug, type SitePage } from "@/lib/site-pages";
import { CATEGORIES, TAGS, type Taxonomy } from "@/lib/taxonomy";
import { draftsUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";

export type Resolved =
  | { kind: "article"; article: Article }
  | { kind: "home"; page: number }
  | { kind: "section"; section: Section; page: Page<Article> }
  | { kind: "term"; taxonomy: Taxonomy; slug: string; page: number }
  | { kind: "site-page"; page: SitePage }
  | { kind: "redirect"; to: string }
  | { kind: "drafts" }
  | { kind: "broken"; broken: BrokenFile };

const TAXONOMIES = [TAGS, CATEGORIES];

export function pathOf(segments: string[]): string {
  return `/${segments.map((s) => safeDecode(s)).join("/")}/`;
}

/** `["x", "page", "3"]` -> `{ base: ["x"], page: 3 }`; page 1 is never written in a URL. */
function splitPage(segments: string[]): { base: string[]; page: number } | undefined {
  const n = segments.length;
  if (n >= 2 && segments[n - 2] === "page") {
    const page = Number(segments[n - 1]);
    return Number.isInteger(page) && page >= 2 && String(page) === segments[n - 1] ? { base: segments.slice(0, -2), page } : undefined;
  }
  return { base: segments, page: 1 };
}

export function resolvePath(segments: string[]): Resolved | undefined {
  // A page built under an alias (its address is too long for a file name) is the page it stands for.
  const alias = segments[0] === ALIAS_SEGMENT ? longUrlRewrites().find((r) => r.to === pathOf(segments)) : undefined;
  const path = alias ? alias.from : pathOf(segments);
  const article = articleByUrl(path);
  if (article) return article.redirectTo ? { kind: "redirect", to: article.redirectTo } : { kind: "article", article };
  const redirect = redirectFrom(path);
  if (redirect) return { kind: "redirect", to: redirect.to };
  // Not a page of a production build at all: there it is an ordinary 404.
  if (path === draftsUrl && showsUnpublished()) return { kind: "drafts" };

  const paged = splitPage(segments);
  if (paged) {
    const { base, page } = paged;
    if (base.length === 0 && page > 1) {
      return page <= homePageCount() ? { kind: "home", page } : undefined;
    }
    if (base.length === 2) {
      const taxonomy = TAXONOMIES.find((t) => t.base === base[0]);
      const term = taxonomy?.bySlug(base[1]!);
      if (taxonomy && term && paginate(taxonomy.articles(term.slug), page)) {
        return { kind: "term", taxonomy, slug: term.slug, page };
      }
    }
    if (base.length === 1) {
      const section = sectionByPath(base[0]!);
      const listing = section && paginate(articlesInSection(section.folder), page);
      if (section && listing) return { kind: "section", section, page: listing };
    }
  }
  if (segments.length === 1) {
    const sitePage = sitePageBySlug(segments[0]!);
    if (sitePage) return { kind: "site-page", page: sitePage };
  }
  // In development a file that failed to load still owns its URL, to show why.
  if (process.env.NODE_ENV === "development") {
    const broken = loadContent().broken.find((b) => b.url === path);
    if (broken) return { kind: "broken", broken };
  }
  return undefined;
}

/** Pages of the home page: the featured article is shown apart, the rest 12 a page. */
export function homePageCount(): number {
  return Math.max(1, Math.ceil(Math.max(0, allArticles().length - 1) / siteConfig.pageSize));
}

/** Every path the catch-all route serves, as segment lists for generateStaticParams. */
export function catchAllPaths(): string[][] {
  const paths: string[][] = [];
  // Redirects are pages too: in server mode the Next config answers 308 before they are reached;
  // in a static export they are the small HTML pages that send readers on.
  const aliases = new Map(longUrlRewrites().map((r) => [r.from, r.to]));
  const segmentsOf = (path: string) => (aliases.get(path) ?? path).split("/").filter(Boolean);
  for (const article of allArticles()) paths.push(segmentsOf(article.url));
  for (const redirect of redirects()) paths.push(segmentsOf(redirect.from));
  for (let n = 2; n <= homePageCount(); n++) paths.push(["page", String(n)]);
  for (const section of sections()) {
    paths.push([section.path]);
    for (const n of extraPages(articlesInSection(section.folder).length)) paths.push([section.path, "page", n]);
  }
  for (const taxonomy of TAXONOMIES) {
    for (const term of taxonomy.terms()) {
      paths.push([taxonomy.base, term.slug]);
      for (const n of extraPages(term.count)) paths.push([taxonomy.base, term.slug, "page", n]);
    }
  }
  for (const page of SITE_PAGES) paths.push([page.slug]);
  if (showsUnpublished()) paths.push(draftsUrl.split("/").filter(Boolean));
  if (process.env.NODE_ENV === "development") {
    for (const broken of loadContent().broken) paths.push(segmentsOf(broken.url));
  }
  return paths;
}

/**
 * The path a link to this site should point at, or undefined when the site serves nothing
 * there. An old address that now leads to another page of the site links to that page
 * directly (no redirect on the way); files under public/, listings and term pages count.
 */
export function servedPath(path: string, hops = 0): string | undefined {
  if (publicFileStat(path)) return path;
  if (!path.endsWith("/")) return undefined;
  const segments = path.split("/").filter(Boolean);
  if (segments.length === 0) return path;
  const resolved = resolvePath(segments);
  if (resolved?.kind === "redirect") {
    const internal = !/^[a-z]+:/i.test(resolved.to) && hops < 3;
    return (internal && servedPath(resolved.to, hops + 1)) || path;
  }
  if (resolved && resolved.kind !== "broken") return path;
  const [first, second, third] = segments;
  if ((first === "tags" || first === "categories") && !third) {
    if (!second) return path;
    return (first === "tags" ? tagBySlug(second) : categoryBySlug(second)) ? path : undefined;
  }
  return undefined;
}
