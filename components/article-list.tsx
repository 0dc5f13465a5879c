import type { Article } from "@/lib/content/types";
import { ArticleCard } from "./article-card";

/** A grid of cards; an empty listing says so. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  if (!articles.length) return <p>Aucun article pour le moment.</p>;
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article) => (
        <li key={article.id} className="flex">
          <div className="w-full">
            <ArticleCard article={article} headingLevel={headingLevel} />
          </div>
        </li>
      ))}
    </ul>
  );
}
