/**
 * Which articles a feed carries: the newest of its list, dated articles only (not redirects, not
 * undated pages: a feed is ordered by date, and an evergreen page has none).
 */
import { isDated } from "@/lib/content/queries";
import type { Article, DatedArticle } from "@/lib/content/types";

export const FEED_SIZE = 50;

/** The items of a feed over `list` (newest first). Redirect-only articles are addresses, not articles. */
export function feedArticles(list: Article[]): DatedArticle[] {
  const out: DatedArticle[] = [];
  for (const article of list) {
    if (out.length >= FEED_SIZE) break;
    if (!article.redirectTo && isDated(article)) out.push(article);
  }
  return out;
}
