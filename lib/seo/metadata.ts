/**
 * The head of every page, from one place: canonical address, feeds announced, Open Graph and
 * Twitter tags. Addresses are absolute and carry the base path, so they stay right when the
 * site lives under a sub-path.
 */
import type { Metadata } from "next";
import { isoInZone } from "@/lib/content/dates";
import { plainText, truncate } from "@/lib/content/excerpt";
import { isDated } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { imageDimensions } from "@/lib/images/dimensions";
import { CARD_SIZE } from "@/lib/og/card-size";
import { absoluteUrl, feedUrl, homeUrl, siteCardUrl, socialCardUrl, type FeedFormat } from "@/lib/urls";
import { siteConfig } from "@/site.config";

const FEED_TYPES: Record<FeedFormat, { type: string; label: string }> = {
  rss: { type: "application/rss+xml", label: "RSS" },
  atom: { type: "application/atom+xml", label: "Atom" },
  json: { type: "application/feed+json", label: "JSON Feed" },
};

type FeedLink = { url: string; title: string };

/** `<link rel="alternate">` for the site's feeds, and for the page's own when it has some. */
export function feedLinks(page?: { path: string; label: string }): Record<string, FeedLink[]> {
  const out: Record<string, FeedLink[]> = {};
  for (const [format, { type, label }] of Object.entries(FEED_TYPES) as [FeedFormat, (typeof FEED_TYPES)[FeedFormat]][]) {
    const links: FeedLink[] = [];
    if (page && page.path !== homeUrl()) links.push({ url: absoluteUrl(feedUrl(page.path, format)), title: `${page.label} (${label})` });
    links.push({ url: absoluteUrl(feedUrl(homeUrl(), format)), title: `${siteConfig.name} (${label})` });
    out[type] = links;
  }
  return out;
}

type PageInput = {
  title?: string;
  description?: string;
  /** Path of the page (`/tags/x/`). */
  path: string;
  /** The page has feeds of its own (sections, tags), named by this label. */
  feedLabel?: string;
};

/** Head of a listing or an institutional page. */
export function pageMetadata({ title, description, path, feedLabel }: PageInput): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(siteCardUrl), ...CARD_SIZE, alt: siteConfig.name }];
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical: url, types: feedLinks(feedLabel ? { path, label: feedLabel } : undefined) },
    openGraph: {
      type: "website",
      siteName: siteConfig.name,
      locale: siteConfig.locale.replace("-", "_"),
      url,
      title: title ?? siteConfig.name,
      ...(description ? { description } : {}),
      images,
    },
    twitter: { card: "summary_large_image", title: title ?? siteConfig.name, ...(description ? { description } : {}), images },
  };
}

export function articleDescription(article: Article): string | undefined {
  return truncate(plainText(article.chapeau), 160) || undefined;
}

/** Width and height are 0 for a lead image this site does not serve (its size is unknown). */
export type SocialImage = { url: string; width: number; height: number; alt: string };

/** The lead image when the article has one, else its generated card. */
export async function socialImage(article: Article): Promise<SocialImage> {
  if (!article.hero) return { url: absoluteUrl(socialCardUrl(article.url)), ...CARD_SIZE, alt: article.title };
  const size = (await imageDimensions(article.hero.src)) ?? { width: 0, height: 0 };
  return { url: absoluteUrl(article.hero.src), ...size, alt: article.hero.alt || article.title };
}

export async function articleMetadata(article: Article): Promise<Metadata> {
  const url = absoluteUrl(article.url);
  const description = articleDescription(article);
  const image = await socialImage(article);
  const images = [{ url: image.url, alt: image.alt, ...(image.width ? { width: image.width, height: image.height } : {}) }];
  return {
    title: article.title,
    description,
    ...(article.author ? { authors: [{ name: article.author }] } : {}),
    alternates: { canonical: url, types: feedLinks({ path: `/${article.section.path}/`, label: article.section.label }) },
    openGraph: {
      siteName: siteConfig.name,
      locale: (article.lang && article.lang !== "fr" ? article.lang : siteConfig.locale).replace("-", "_"),
      url,
      title: article.title,
      description,
      images,
      // An undated page is no article for Open Graph either: a website page, without dates.
      ...(isDated(article)
        ? {
            type: "article" as const,
            publishedTime: isoInZone(article.date),
            modifiedTime: isoInZone(article.updated ?? article.date),
            section: article.section.label,
            tags: article.tags.map((t) => t.label),
            ...(article.author ? { authors: [article.author] } : {}),
          }
        : { type: "website" as const }),
    },
    twitter: { card: "summary_large_image", title: article.title, description, images },
  };
}
