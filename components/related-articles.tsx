import type { Article } from "@/lib/content/types";
import { ArticleList } from "./article-list";

/** « À lire aussi »: articles that share tags with this one, then the newest of its section. */
export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="a-lire-aussi_titre" className="related-articles my-12">
      <h2 id="a-lire-aussi_titre" className="mb-4 text-2xl font-bold">
        À lire aussi
      </h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  );
}
