/**
 * What a feed carries, whatever its format: the newest published articles of the site, a
 * section or a tag, with absolute URLs, the lede as summary and the whole article as content.
 * Everything comes from the queries module, so a feed can never show what a page would not.
 */
import { plainText } from "@/lib/content/excerpt";
import { allArticles, articlesInSection, articlesWithTag, sectionByPath, tagBySlug } from "@/lib/content/queries";
import type { Article, DatedArticle } from "@/lib/content/types";
import { absoluteUrl, feedUrl, FEED_FILES, homeUrl, sectionUrl, tagUrl, type FeedFormat } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { articleFeedContent } from "./feed-content";
import { feedArticles } from "./membership";

export { FEED_SIZE } from "./membership";

export type FeedScope = { kind: "site" } | { kind: "section"; path: string } | { kind: "tag"; slug: string };

export type FeedItem = {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  author: string;
  /** Tags, as labels and as ASCII slugs. */
  categories: { label: string; slug: string }[];
  /** The lead image: absolute URL, and its path on this site. */
  image?: { url: string; path: string };
};

export type Feed = {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  homePage: string;
  /** Absolute URL of each format of this feed. */
  urls: Record<FeedFormat, string>;
  language: string;
  updated: Date;
  items: FeedItem[];
};

type ScopeInfo = { title: string; description: string; pagePath: string; articles: Article[] };

function describe(scope: FeedScope): ScopeInfo | undefined {
  if (scope.kind === "site") {
    return { title: siteConfig.name, description: siteConfig.tagline, pagePath: homeUrl(), articles: allArticles() };
  }
  if (scope.kind === "section") {
    const section = sectionByPath(scope.path);
    if (!section) return undefined;
    return {
      title: `${section.label} – ${siteConfig.name}`,
      description: `${section.label} : les derniers articles de ${siteConfig.name}`,
      pagePath: sectionUrl(section),
      articles: articlesInSection(section.folder),
    };
  }
  const tag = tagBySlug(scope.slug);
  if (!tag) return undefined;
  return {
    title: `${tag.label} – ${siteConfig.name}`,
    description: `Les articles de ${siteConfig.name} sur le thème « ${tag.label} »`,
    pagePath: tagUrl(tag.slug),
    articles: articlesWithTag(tag.slug),
  };
}

export async function buildFeed(scope: FeedScope): Promise<Feed | undefined> {
  const info = describe(scope);
  if (!info) return undefined;
  const items = await Promise.all(feedArticles(info.articles).map(feedItem));
  const formats = Object.keys(FEED_FILES) as FeedFormat[];
  return {
    title: info.title,
    description: info.description,
    homePage: absoluteUrl(info.pagePath),
    urls: Object.fromEntries(formats.map((f) => [f, absoluteUrl(feedUrl(info.pagePath, f))])) as Record<FeedFormat, string>,
    language: siteConfig.locale.split("-")[0] ?? "fr",
    // The newest change of what the feed lists, so a rebuild with no new content changes nothing.
    updated: new Date(Math.max(0, ...items.map((i) => i.updated.getTime()))),
    items,
  };
}

async function feedItem(article: DatedArticle): Promise<FeedItem> {
  const url = absoluteUrl(article.url);
  return {
    id: url,
    url,
    title: article.title,
    summary: plainText(article.chapeau),
    contentHtml: await articleFeedContent(article),
    published: article.date,
    updated: article.updated ?? article.date,
    author: article.author ?? siteConfig.publisher,
    categories: article.tags.map((t) => ({ label: t.label, slug: t.slug })),
    image: article.hero ? { url: absoluteUrl(article.hero.src), path: article.hero.src } : undefined,
  };
}
