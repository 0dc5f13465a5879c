import type { ReactNode } from "react";
import type { Page } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { ArticleList } from "./article-list";
import { Breadcrumb, type Crumb } from "./breadcrumb";
import { Pagination } from "./pagination";

type ListingPageProps = {
  title: string;
  intro?: ReactNode;
  crumbs: Crumb[];
  page: Page<Article>;
  href: (page: number) => string;
};

/** A section, tag or category page: heading, cards, pagination. */
export function ListingPage({ title, intro, crumbs, page, href }: ListingPageProps) {
  const heading = page.page > 1 ? `${title} – page ${page.page}` : title;
  return (
    <>
      <Breadcrumb items={crumbs} />
      <h1 className="mb-2 text-3xl font-bold md:text-4xl">{heading}</h1>
      {intro ? <div className="mb-8 text-muted">{intro}</div> : <div className="mb-8" />}
      <ArticleList articles={page.items} />
      <Pagination page={page.page} pageCount={page.pageCount} href={href} />
    </>
  );
}
