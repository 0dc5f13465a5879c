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

// An article appears in several feeds (site, section, each tag, three formats): its HTML is made
// once and kept, for a bounded number of articles so memory does not grow with the site.
const MAX_KEPT = 1000;
const kept = new Map<string, { body: string; html: Promise<string> }>();

export function articleFeedContent(article: Article): Promise<string> {
  const hit = kept.get(article.id);
  if (hit && hit.body === article.body) return hit.html;
  const html = makeFeedContent(article);
  kept.set(article.id, { body: article.body, html });
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return html;
}

async function makeFeedContent(article: Article): Promise<string> {
  const [tree, chapeau] = await Promise.all([articleHast(article), chapeauHast(article)]);
  tree.children = [...(chapeau?.children ?? []), ...heroFigure(article), ...tree.children];
  return toHtml(absolutize(tree, absoluteUrl(article.url)));
}
