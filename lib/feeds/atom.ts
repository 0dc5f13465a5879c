/** Atom (RFC 4287): the lede as `summary`, the whole article as HTML `content`. */
import { siteConfig } from "@/site.config";
import type { Feed } from "./feed";
import { element, xmlEscape } from "./xml";

export function renderAtom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      "<entry>",
      element("title", item.title),
      `<link rel="alternate" type="text/html" href="${xmlEscape(item.url)}"/>`,
      element("id", item.id),
      element("published", item.published.toISOString()),
      element("updated", item.updated.toISOString()),
      `<author>${element("name", item.author)}</author>`,
      ...item.categories.map((c) => `<category term="${xmlEscape(c.slug)}" label="${xmlEscape(c.label)}"/>`),
      item.summary ? element("summary", item.summary, ' type="text"') : "",
      element("content", item.contentHtml, ' type="html"'),
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    element("title", feed.title),
    element("subtitle", feed.description),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.urls.atom)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(feed.homePage)}"/>`,
    element("id", feed.urls.atom),
    element("updated", feed.updated.toISOString()),
    `<author>${element("name", siteConfig.publisher)}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
