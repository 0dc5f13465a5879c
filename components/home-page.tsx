import { notFound } from "next/navigation";
import { isDated, paginate, type SiteModel } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { homeUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { ArticleCard } from "./article-card";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

/**
 * The article shown large (the newest `is_une`, else the newest) and the others, newest first.
 * The home page is the newsroom's chronology, like the feeds: undated pages are found in their
 * section, their tags and the search, unless the site has nothing dated yet.
 */
export function homeArticles(site: SiteModel): { featured?: Article; rest: Article[] } {
  const dated = site.articles.filter(isDated);
  const articles = dated.length ? dated : site.articles;
  const featured = articles.find((a) => a.featured && !a.redirectTo) ?? articles.find((a) => !a.redirectTo) ?? articles[0];
  return { featured, rest: articles.filter((a) => a !== featured) };
}

/** The featured article large, then the newest articles, 12 a page. */
export function HomePage({ site, pageNumber }: { site: SiteModel; pageNumber: number }) {
  const { featured, rest } = homeArticles(site);
  const page = paginate(rest, pageNumber);
  if (!page) notFound();
  return (
    <>
      <h1 className="sr-only">
        {siteConfig.name}
        {pageNumber > 1 ? ` – articles, page ${pageNumber}` : ""}
      </h1>
      {featured && pageNumber === 1 ? (
        <section aria-labelledby="a-la-une" className="mb-12">
          <h2 id="a-la-une" className="mb-4 text-2xl font-bold">
            À la une
          </h2>
          <ArticleCard article={featured} large headingLevel={3} />
        </section>
      ) : null}
      <section aria-labelledby="derniers-articles">
        <h2 id="derniers-articles" className="mb-4 text-2xl font-bold">
          {pageNumber > 1 ? `Articles précédents – page ${pageNumber}` : "Derniers articles"}
        </h2>
        <ArticleList articles={page.items} headingLevel={3} />
        <Pagination page={page.page} pageCount={page.pageCount} href={homeUrl} />
      </section>
    </>
  );
}
