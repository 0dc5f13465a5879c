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

/** Absolute URL on the configured site, for feeds, canonical links and social cards. */
export function absoluteUrl(path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return siteConfig.url + (path.startsWith("/") ? path : `/${path}`);
}

/**
 * A site path as the browser must request it when the site lives under a sub-path
 * (`BASE_PATH=/blog`). next/link adds the base itself; plain `<a>`, `<img>` and feeds do not.
 */
export function withBasePath(path: string): string {
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return base && path.startsWith("/") && !path.startsWith("//") ? base + path : path;
}
