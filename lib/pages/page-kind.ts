/**
 * A kind of page the catch-all route serves (an article, a section listing, a tag page…): where
 * its pages are, how an address is recognised as one of them, their head and their body. The
 * table of kinds (lib/pages/table.ts) is the only place the site's URL rules live: the route,
 * the sitemap and the content check's list of served addresses all read it.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { SiteModel } from "@/lib/content/queries";

/** An address being served: its segments as the route got them, and its decoded path. */
export type PageAddress = { segments: string[]; path: string };

export type SitemapEntry = { path: string; lastModified?: Date };

/** A page found at an address: its head and its body, ready to render. */
export type Page = {
  kind: string;
  metadata(): Metadata | Promise<Metadata>;
  view(): ReactNode | Promise<ReactNode>;
  /** The page only sends readers on: links to it should go straight there. */
  redirectTo?: string;
  /** The page shows why its content could not be read (development only): nothing is served. */
  broken?: true;
};

export type PageKind = {
  name: string;
  /** Every page of this kind a build makes, as path segments. */
  paths(site: SiteModel): string[][];
  /** The page at this address, when it is one of this kind. */
  resolve(address: PageAddress, site: SiteModel): Page | undefined;
  /** The pages of this kind search engines should know, when they should. */
  sitemap?(site: SiteModel): SitemapEntry[];
};

/** `/a/b/` -> `["a", "b"]`. */
export function segmentsOf(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** `["x", "page", "3"]` -> `{ base: ["x"], page: 3 }`; page 1 is never written in an address. */
export function splitPageNumber(segments: string[]): { base: string[]; page: number } | undefined {
  const n = segments.length;
  if (n >= 2 && segments[n - 2] === "page") {
    const page = Number(segments[n - 1]);
    return Number.isInteger(page) && page >= 2 && String(page) === segments[n - 1] ? { base: segments.slice(0, -2), page } : undefined;
  }
  return { base: segments, page: 1 };
}

/** The base segments, then `page/2` … up to the number of pages `count` items need. */
export function pagedPaths(base: string[], count: number, pageSize: number): string[][] {
  const pages = Math.max(1, Math.ceil(count / pageSize));
  return Array.from({ length: pages }, (_, i) => (i === 0 ? base : [...base, "page", String(i + 1)]));
}

/**
 * A listing changes when its newest article does. An undated page tells only when it was
 * modified (`date_de_modification`), if it says.
 */
export function lastChange(articles: { date?: Date; updated?: Date }[]): Date | undefined {
  const times = articles.flatMap((a) => {
    const changed = a.updated ?? a.date;
    return changed ? [changed.getTime()] : [];
  });
  return times.length ? new Date(Math.max(...times)) : undefined;
}
