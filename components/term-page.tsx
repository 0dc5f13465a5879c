import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { paginate } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/seo/metadata";
import type { Taxonomy } from "@/lib/taxonomy";
import { ListingPage } from "./listing-page";

/** The articles of one tag or category, 12 a page. */
export function TermPage({ taxonomy, slug, pageNumber }: { taxonomy: Taxonomy; slug: string; pageNumber: number }) {
  const term = taxonomy.bySlug(slug);
  const page = term && paginate(taxonomy.articles(slug), pageNumber);
  if (!term || !page) notFound();
  return (
    <ListingPage
      title={term.label}
      intro={`${term.count} article${term.count > 1 ? "s" : ""}`}
      crumbs={[{ label: taxonomy.label, href: `/${taxonomy.base}/` }, { label: term.label }]}
      page={page}
      href={(n) => taxonomy.url(slug, n)}
    />
  );
}

export function termMetadata(taxonomy: Taxonomy, slug: string, pageNumber = 1): Metadata {
  const term = taxonomy.bySlug(slug);
  if (!term) return {};
  return pageMetadata({
    title: pageNumber > 1 ? `${term.label} – page ${pageNumber}` : term.label,
    path: taxonomy.url(slug, pageNumber),
    // Tags have feeds of their own; categories follow the site's.
    feedLabel: taxonomy.base === "tags" ? term.label : undefined,
  });
}
