/**
 * Which social cards are drawn, and at which path: the site's own (for pages that are not
 * articles, and so the route always has at least one card, as a static export requires), and one
 * per article without a lead image.
 */
import { formatDate } from "@/lib/content/dates";
import { allArticles, articleByUrl } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { safeDecode } from "@/lib/safe-decode";
import { siteCardUrl, socialCardUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { renderSocialCard } from "./social-card";

function needsCard(article: Article): boolean {
  return !article.hero && !article.redirectTo;
}

/** `/og/actualites/x.png` -> `["actualites", "x.png"]`, the route's parameter. */
function segments(cardUrl: string): string[] {
  return cardUrl.split("/").filter(Boolean).slice(1);
}

/** `generateStaticParams` of `/og/[...path]`. */
export function cardParams(): { path: string[] }[] {
  return [siteCardUrl, ...allArticles().filter(needsCard).map((a) => socialCardUrl(a.url))].map((url) => ({ path: segments(url) }));
}

function cardArticle(path: string[]): Article | undefined {
  const last = path[path.length - 1];
  if (!last?.endsWith(".png")) return undefined;
  const url = `/${[...path.slice(0, -1), last.slice(0, -4)].map(safeDecode).join("/")}/`;
  const article = articleByUrl(url);
  return article && needsCard(article) ? article : undefined;
}

/** The card at this path, or undefined when there is none. */
export function socialCard(path: string[]) {
  if (path.join("/") === segments(siteCardUrl).join("/")) {
    return renderSocialCard({ title: siteConfig.tagline, kicker: "" });
  }
  const article = cardArticle(path);
  return article && renderSocialCard({ title: article.title, kicker: article.section.label, date: article.date && formatDate(article.date) });
}
