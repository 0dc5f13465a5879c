/**
 * Which articles the feeds carry: the newest of the site, of each section and of each tag. One
 * rule for the feeds themselves and for the pages that prepare their HTML. A new kind of feed
 * (say, per category) adds its lists to `inSomeFeed` too, or its articles' bodies are simply
 * made by the feed instead of the page: slower, never wrong.
 */
import { allArticles, articlesInSection, articlesWithTag, sections, tags } from "@/lib/content/queries";
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

let memo: { articles: Article[]; carried: Set<Article> } | undefined;

/** Is the article in at least one feed? Worked out once per content version. */
export function inSomeFeed(article: Article): boolean {
  const articles = allArticles();
  if (memo?.articles !== articles) {
    const lists = [
      articles,
      ...sections().map((s) => articlesInSection(s.folder)),
      ...tags().map((t) => articlesWithTag(t.slug)),
    ];
    memo = { articles, carried: new Set(lists.flatMap(feedArticles)) };
  }
  return memo.carried.has(article);
}
