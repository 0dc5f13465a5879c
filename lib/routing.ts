/**
 * What lives at a path served by the catch-all route: an article (at its section URL or its
 * permalink, of any depth), a section listing and its pages, or an institutional page.
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
  tagBySlug,
  type Page,
} from "@/lib/content/queries";
import type { Article, Section } from "@/lib/content/types";
import { publicFileStat } from "@/lib/public-files";
import { SITE_PAGES, sitePageBySlug, type SitePage } from "@/lib/site-pages";

export type Resolved =
  | { kind: "article"; article: Article }
  | { kind: "section"; section: Section; page: Page<Article> }
  | { kind: "site-page"; page: SitePage }
  | { kind: "redirect"; to: string }
  | { kind: "broken"; broken: BrokenFile };

export function pathOf(segments: string[]): string {
  return `/${segments.map((s) => safeDecode(s)).join("/")}/`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function resolvePath(segments: string[]): Resolved | undefined {
  // A page built under an alias (its address is too long for a file name) is the page it stands for.
  const alias = segments[0] === ALIAS_SEGMENT ? longUrlRewrites().find((r) => r.to === pathOf(segments)) : undefined;
  const path = alias ? alias.from : pathOf(segments);
  const article = articleByUrl(path);
  if (article) return article.redirectTo ? { kind: "redirect", to: article.redirectTo } : { kind: "article", article };
  const redirect = redirectFrom(path);
  if (redirect) return { kind: "redirect", to: redirect.to };

  const [first, second, third] = segments;
  if (first && (segments.length === 1 || (segments.length === 3 && second === "page"))) {
    const section = sectionByPath(first);
    if (section) {
      const page = paginate(articlesInSection(section.folder), third ? Number(third) : 1);
      if (page && (!third || page.page > 1)) return { kind: "section", section, page };
    }
  }
  if (segments.length === 1 && first) {
    const sitePage = sitePageBySlug(first);
    if (sitePage) return { kind: "site-page", page: sitePage };
  }
  // In development a file that failed to load still owns its URL, to show why.
  if (process.env.NODE_ENV === "development") {
    const broken = loadContent().broken.find((b) => b.url === path);
    if (broken) return { kind: "broken", broken };
  }
  return undefined;
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
  for (const section of sections()) {
    paths.push([section.path]);
    for (const n of extraPages(articlesInSection(section.folder).length)) paths.push([section.path, "page", n]);
  }
  for (const page of SITE_PAGES) paths.push([page.slug]);
  if (process.env.NODE_ENV === "development") {
    for (const broken of loadContent().broken) paths.push(broken.url.split("/").filter(Boolean));
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
