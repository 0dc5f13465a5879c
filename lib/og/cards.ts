/** Which articles get a generated social card (those without a lead image), and at which path. */
import { formatDate } from "@/lib/content/dates";
import { allArticles, articleByUrl } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { socialCardUrl } from "@/lib/urls";
import { renderSocialCard } from "./social-card";

function needsCard(article: Article): boolean {
  return !article.hero && !article.redirectTo;
}

/** `generateStaticParams` of `/og/[...path]`: `/og/actualites/x.png` -> `["actualites", "x.png"]`. */
export function cardParams(): { path: string[] }[] {
  return allArticles()
    .filter(needsCard)
    .map((a) => ({ path: socialCardUrl(a.url).split("/").filter(Boolean).slice(1) }));
}

export function cardArticle(segments: string[]): Article | undefined {
  const last = segments[segments.length - 1];
  if (!last?.endsWith(".png")) return undefined;
  const url = `/${[...segments.slice(0, -1), last.slice(0, -4)].map(decodeURIComponent).join("/")}/`;
  const article = articleByUrl(url);
  return article && needsCard(article) ? article : undefined;
}

export function socialCardFor(article: Article) {
  return renderSocialCard({ title: article.title, kicker: article.section.label, date: formatDate(article.date) });
}
