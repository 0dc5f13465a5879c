/**
 * An article's body as plain semantic hast (no React), from the same pipeline as its page: the
 * source of its feed content, its table of contents and its reading time. Computed once per
 * article and process.
 */
import type { Root } from "hast";
import type { Article } from "@/lib/content/types";
import { sitePathExists } from "./article-body";
import { mdxToHast } from "./mdx-to-hast";
import { markdownToHast } from "./to-html";

const cache = new Map<string, { body: string; tree: Promise<Root> }>();

export function articleHast(article: Article): Promise<Root> {
  const cached = cache.get(article.id);
  if (cached && cached.body === article.body) return cached.tree;
  const options = { exists: sitePathExists, lang: article.lang };
  const tree = article.format === "mdx" ? mdxToHast(article.body, options) : markdownToHast(article.body, options);
  cache.set(article.id, { body: article.body, tree });
  return tree;
}

export async function chapeauHast(article: Article): Promise<Root | undefined> {
  return article.chapeau ? markdownToHast(article.chapeau, { exists: sitePathExists, lang: article.lang }) : undefined;
}
