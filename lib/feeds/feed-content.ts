/**
 * The whole article as feed readers show it: lede, lead image and body, from the same pipeline
 * as the page, with every address made absolute (feed readers have no base URL to resolve
 * `/uploads/…` or `#section` against).
 */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import type { Article } from "@/lib/content/types";
import { articleHast, chapeauHast } from "@/lib/markdown/article-html";
import { absoluteUrl } from "@/lib/urls";
import { bodyCacheKey, readBodyCache, writeBodyCache } from "./body-cache";

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

function heroFigure(article: Article): Element[] {
  const hero = article.hero;
  if (!hero) return [];
  const children: ElementContent[] = [{ type: "element", tagName: "img", properties: { src: hero.src, alt: hero.alt }, children: [] }];
  if (hero.caption) children.push({ type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: hero.caption }] });
  return [{ type: "element", tagName: "figure", properties: {}, children }];
}

/**
 * The whole article for feeds. Its body is the costly part (a pipeline run): it is kept on disk,
 * shared by the build's workers (see body-cache.ts); the lede and lead image are made each time.
 */
export async function articleFeedContent(article: Article): Promise<string> {
  const pageUrl = absoluteUrl(article.url);
  const [body, chapeau] = await Promise.all([feedBody(article, pageUrl), chapeauHast(article)]);
  const head: Root = { type: "root", children: [...(chapeau?.children ?? []), ...heroFigure(article)] };
  return toHtml(absolutize(head, pageUrl)) + body;
}

async function feedBody(article: Article, pageUrl: string): Promise<string> {
  const key = bodyCacheKey(article.id, article.format, article.body, article.lang, pageUrl, absoluteUrl("/"));
  const cached = readBodyCache(key);
  if (cached !== undefined) return cached;
  const html = toHtml(absolutize(await articleHast(article), pageUrl));
  writeBodyCache(key, html);
  return html;
}
