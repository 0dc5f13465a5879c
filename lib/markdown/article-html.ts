/**
 * An article's body as plain semantic hast (no React), from the same pipeline as its page: the
 * source of its feed content. Not kept: trees are large, and a 10,000-article build would hold
 * them all (feeds keep the HTML they make instead, see lib/feeds/feed-content.ts).
 */
import type { Root } from "hast";
import type { Article } from "@/lib/content/types";
import { articleTextOptions } from "./article-body";
import { bodyToHast, markdownToHast } from "./to-html";

export function articleHast(article: Article): Promise<Root> {
  const options = articleTextOptions(article);
  return bodyToHast(article.body, { ...options, format: article.format });
}

export async function chapeauHast(article: Article): Promise<Root | undefined> {
  return article.chapeau ? markdownToHast(article.chapeau, articleTextOptions(article)) : undefined;
}
