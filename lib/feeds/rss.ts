/** RSS 2.0, with the full article in `content:encoded` and an `atom:link` to itself. */
import { siteFile } from "@/lib/public-files";
import { siteConfig } from "@/site.config";
import type { Feed, FeedItem } from "./feed";
import { element, xmlEscape } from "./xml";

const IMAGE_TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp", avif: "image/avif", svg: "image/svg+xml" };

/** An enclosure needs the file's length: only images this site serves get one. */
function enclosure(item: FeedItem): string {
  if (!item.image) return "";
  const stat = siteFile(item.image.path);
  const type = IMAGE_TYPES[/\.([a-z0-9]+)$/i.exec(item.image.path)?.[1]?.toLowerCase() ?? ""];
  if (!stat || !type) return "";
  return `<enclosure url="${xmlEscape(item.image.url)}" length="${stat.size}" type="${type}"/>`;
}

export function renderRss(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      element("link", item.url),
      element("guid", item.id, ' isPermaLink="true"'),
      element("pubDate", item.published.toUTCString()),
      element("dc:creator", item.author),
      item.summary ? element("description", item.summary) : "",
      ...item.categories.map((c) => element("category", c.label)),
      enclosure(item),
      element("content:encoded", item.contentHtml),
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", feed.title),
    element("link", feed.homePage),
    element("description", feed.description),
    element("language", siteConfig.locale),
    element("lastBuildDate", feed.updated.toUTCString()),
    `<atom:link href="${xmlEscape(feed.urls.rss)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
