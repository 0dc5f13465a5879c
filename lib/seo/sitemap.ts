/**
 * Every published page for search engines, with the date it last changed; and the robots rules,
 * which shut a preview build (drafts shown) out of every index.
 */
import type { MetadataRoute } from "next";
import { allArticles, articlesInCategory, articlesInSection, articlesWithTag, categories, sections, showsUnpublished, tags } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { SITE_PAGES, sitePageModified } from "@/lib/site-pages";
import { absoluteUrl, categoryUrl, homeUrl, sectionUrl, tagsIndexUrl, tagUrl } from "@/lib/urls";

type Entry = MetadataRoute.Sitemap[number];

/** A listing changes when its newest article does. */
function newest(articles: Article[]): Date | undefined {
  const times = articles.map((a) => (a.updated ?? a.date).getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}

function entry(path: string, lastModified: Date | undefined): Entry {
  return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) };
}

export function sitemapEntries(): Entry[] {
  const articles = allArticles().filter((a) => !a.redirectTo && !/^[a-z]+:/i.test(a.url));
  return [
    entry(homeUrl(), newest(articles)),
    ...sections().map((s) => entry(sectionUrl(s), newest(articlesInSection(s.folder)))),
    ...articles.map((a) => entry(a.url, a.updated ?? a.date)),
    entry(tagsIndexUrl, newest(articles)),
    ...tags().map((t) => entry(tagUrl(t.slug), newest(articlesWithTag(t.slug)))),
    ...categories().map((c) => entry(categoryUrl(c.slug), newest(articlesInCategory(c.slug)))),
    ...SITE_PAGES.map((p) => entry(`/${p.slug}/`, sitePageModified(p))),
  ];
}

export function robotsRules(): MetadataRoute.Robots {
  if (showsUnpublished()) return { rules: { userAgent: "*", disallow: "/" } };
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
