/**
 * An article's body as plain semantic hast (no React), from the same pipeline as its page: the
 * source of its feed content. Not kept: trees are large, and a 10,000-article build would hold
 * them all (feeds keep the HTML they make instead, see lib/feeds/feed-content.ts).
 */
import type { Root } from "hast";
import type { Article } from "@/lib/content/types";
import { articleTextOptions } from "./article-body";
import { mdxToHast } from "./mdx-to-hast";
import { markdownToHast } from "./to-html";

export function articleHast(article: Article): Promise<Root> {
  const options = articleTextOptions(article);
  return article.format === "mdx" ? mdxToHast(article.body, options) : markdownToHast(article.body, options);
}

export async function chapeauHast(article: Article): Promise<Root | undefined> {
  return article.chapeau ? markdownToHast(article.chapeau, articleTextOptions(article)) : undefined;
}
