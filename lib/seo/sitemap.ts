/**
 * Every published page for search engines, with the date it last changed (from the table of
 * page kinds); and the robots rules, which shut a preview build (drafts shown) out of every index.
 */
import type { MetadataRoute } from "next";
import { showsUnpublished } from "@/lib/content/queries";
import { sitemapPages } from "@/lib/pages/table";
import { absoluteUrl } from "@/lib/urls";

export function sitemapEntries(): MetadataRoute.Sitemap {
  return sitemapPages()
    .filter((p) => !/^[a-z]+:/i.test(p.path))
    .map((p) => ({ url: absoluteUrl(p.path), ...(p.lastModified ? { lastModified: p.lastModified } : {}) }));
}

export function robotsRules(): MetadataRoute.Robots {
  if (showsUnpublished()) return { rules: { userAgent: "*", disallow: "/" } };
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
