/**
 * Which articles a feed carries: the newest of its list, articles only (not redirects).
 */
import type { Article } from "@/lib/content/types";

export const FEED_SIZE = 50;

/** The items of a feed over `list` (newest first). Redirect-only articles are addresses, not articles. */
export function feedArticles(list: Article[]): Article[] {
  const out: Article[] = [];
  for (const article of list) {
    if (out.length >= FEED_SIZE) break;
    if (!article.redirectTo) out.push(article);
  }
  return out;
}
