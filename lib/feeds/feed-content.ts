/**
 * The whole article as feed readers show it: lede, lead image and body, from the same pipeline
 * as the page, with every address made absolute (feed readers have no base URL to resolve
 * `/uploads/…` or `#section` against).
 */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import type { Article } from "@/lib/content/types";
import { articleTextOptions } from "@/lib/markdown/article-body";
import { articleHast, chapeauHast } from "@/lib/markdown/article-html";
import { inlineHast } from "@/lib/markdown/to-html";
import { absoluteUrl } from "@/lib/urls";
import { bodyCacheKey, readBodyCache, writeBodyCache } from "./body-cache";
import { siteFingerprint } from "./site-fingerprint";

const URL_PROPERTIES = ["href", "src", "cite"] as const;

export function absolutize(tree: Root, pageUrl: string): Root {
  visit(tree, "element", (node) => {
    for (const key of URL_PROPERTIES) {
      const value = node.properties[key];
      if (typeof value !== "string") continue;
      if (value.startsWith("#")) node.properties[key] = pageUrl + value;
      else if (value.startsWith("/") && !value.startsWith("//")) node.properties[key] = absoluteUrl(value);
    }
  });
  return tree;
}

async function heroFigure(article: Article): Promise<Element[]> {
  const hero = article.hero;
  if (!hero) return [];
  const children: ElementContent[] = [{ type: "element", tagName: "img", properties: { src: hero.src, alt: hero.alt }, children: [] }];
  if (hero.caption) {
    const caption = await inlineHast(hero.caption, articleTextOptions(article));
    children.push({ type: "element", tagName: "figcaption", properties: {}, children: caption.children as ElementContent[] });
  }
  return [{ type: "element", tagName: "figure", properties: {}, children }];
}

// An article is in several feeds (the site's, its section's, each of its tags'), each in three
// formats: its content is made once per process. Bounded by the number of articles feeds carry
// (site, sections and tags × FEED_SIZE), and let go with the articles when content changes.
const made = new WeakMap<Article, Promise<string>>();

/**
 * The whole article for feeds. Its body is the costly part (a pipeline run): it is kept on disk,
 * shared by the build's generation threads and later builds (see body-cache.ts).
 */
export function articleFeedContent(article: Article): Promise<string> {
  let content = made.get(article);
  if (!content) {
    content = makeFeedContent(article);
    made.set(article, content);
    content.catch(() => made.delete(article));
  }
  return content;
}

async function makeFeedContent(article: Article): Promise<string> {
  const pageUrl = absoluteUrl(article.url);
  const [body, chapeau, hero] = await Promise.all([feedBody(article, pageUrl), chapeauHast(article), heroFigure(article)]);
  const head: Root = { type: "root", children: [...(chapeau?.children ?? []), ...hero] };
  return toHtml(absolutize(head, pageUrl)) + body;
}

function feedBodyKey(article: Article, pageUrl: string): string {
  return bodyCacheKey(siteFingerprint(), article.id, article.format, article.body, article.lang, pageUrl, absoluteUrl("/"));
}

async function feedBody(article: Article, pageUrl: string): Promise<string> {
  const key = feedBodyKey(article, pageUrl);
  const cached = readBodyCache(key);
  if (cached !== undefined) return cached;
  const html = toHtml(absolutize(await articleHast(article), pageUrl));
  writeBodyCache(key, html);
  return html;
}
