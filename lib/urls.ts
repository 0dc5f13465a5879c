/** Every URL the site builds, from one place, always with a trailing slash. */
import type { Section } from "@/lib/content/types";
import { siteConfig } from "@/site.config";

export const tagsIndexUrl = "/tags/";

/** Drafts and scheduled articles; the page exists only where they are shown (dev, preview). */
export const draftsUrl = "/brouillons/";

export function tagUrl(slug: string, page = 1): string {
  return page > 1 ? `/tags/${slug}/page/${page}/` : `/tags/${slug}/`;
}

export function categoryUrl(slug: string, page = 1): string {
  return page > 1 ? `/categories/${slug}/page/${page}/` : `/categories/${slug}/`;
}

export function sectionUrl(section: Section, page = 1): string {
  return page > 1 ? `/${section.path}/page/${page}/` : `/${section.path}/`;
}

export function homeUrl(page = 1): string {
  return page > 1 ? `/page/${page}/` : "/";
}

/**
 * Absolute URL on the configured site, for feeds, canonical links and social cards: the site
 * URL, then the base path the site is served under (`BASE_PATH`), then the path.
 */
export function absoluteUrl(path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return siteConfig.url + withBasePath(path.startsWith("/") ? path : `/${path}`);
}

export const searchUrl = "/recherche/";

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_FILES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

/** `/feed.xml`, `/actualites/atom.xml`, `/tags/<slug>/feed.json`: a feed beside the page it follows. */
export function feedUrl(pagePath: string, format: FeedFormat): string {
  return `${pagePath}${FEED_FILES[format]}`;
}

/** The site's own social card, for pages that are not articles. (No article URL gives `_site`.) */
export const siteCardUrl = "/og/_site.png";

/** The generated social card of an article: `/actualites/x/` -> `/og/actualites/x.png`. */
export function socialCardUrl(articleUrl: string): string {
  return `/og${articleUrl.replace(/\/$/, "")}.png`;
}

/**
 * A site path as the browser must request it when the site lives under a sub-path
 * (`BASE_PATH=/blog`). next/link adds the base itself; plain `<a>`, `<img>` and feeds do not.
 */
export function withBasePath(path: string): string {
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return base && path.startsWith("/") && !path.startsWith("//") ? base + path : path;
}
