/**
 * Tags and categories: the index of all terms (`/tags/`) and each term's articles, 12 a page
 * (`/tags/<slug>/`, `/tags/<slug>/page/2/`). One definition a taxonomy.
 */
import { ListingPage } from "@/components/listing-page";
import { TermIndex } from "@/components/term-index";
import { paginate, type SiteModel, type TermCount } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { pageMetadata } from "@/lib/seo/metadata";
import { categoryUrl, tagUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { lastChange, pagedPaths, splitPageNumber, type PageKind } from "../page-kind";

export type Taxonomy = {
  /** URL segment of the taxonomy (`/tags/…`). */
  base: "tags" | "categories";
  label: string;
  terms(site: SiteModel): TermCount[];
  articles(site: SiteModel, slug: string): Article[];
  url(slug: string, page?: number): string;
  /** Its terms have feeds of their own (tags do; categories follow the site's). */
  feeds: boolean;
};

export const TAGS: Taxonomy = {
  base: "tags",
  label: "Thématiques",
  terms: (site) => site.tags,
  articles: (site, slug) => site.byTag.get(slug) ?? [],
  url: tagUrl,
  feeds: true,
};

export const CATEGORIES: Taxonomy = {
  base: "categories",
  label: "Catégories",
  terms: (site) => site.categories,
  articles: (site, slug) => site.byCategory.get(slug) ?? [],
  url: categoryUrl,
  feeds: false,
};

/** `/tags/`: every term with its number of articles. */
export function termIndexPages(taxonomy: Taxonomy): PageKind {
  const path = `/${taxonomy.base}/`;
  return {
    name: `${taxonomy.base}-index`,
    paths: () => [[taxonomy.base]],
    resolve({ segments }, site) {
      if (segments.length !== 1 || segments[0] !== taxonomy.base) return undefined;
      const terms = taxonomy.terms(site);
      return {
        kind: `${taxonomy.base}-index`,
        metadata: () => pageMetadata({ title: taxonomy.label, path }),
        view: () => <TermIndex title={taxonomy.label} terms={terms.map((t) => ({ ...t, href: taxonomy.url(t.slug) }))} />,
      };
    },
    sitemap: (site) => [{ path, lastModified: lastChange(site.articles) }],
  };
}

/** `/tags/<slug>/`: the articles of one term. */
export function termPages(taxonomy: Taxonomy): PageKind {
  return {
    name: taxonomy.base,
    paths: (site) =>
      taxonomy.terms(site).flatMap((t) => pagedPaths([taxonomy.base, t.slug], t.count, siteConfig.pageSize)),
    resolve({ segments }, site) {
      const paged = splitPageNumber(segments);
      if (paged?.base.length !== 2 || paged.base[0] !== taxonomy.base) return undefined;
      const term = taxonomy.terms(site).find((t) => t.slug === paged.base[1]);
      const page = term && paginate(taxonomy.articles(site, term.slug), paged.page);
      if (!term || !page) return undefined;
      const title = page.page > 1 ? `${term.label} – page ${page.page}` : term.label;
      return {
        kind: taxonomy.base,
        metadata: () =>
          pageMetadata({ title, path: taxonomy.url(term.slug, page.page), feedLabel: taxonomy.feeds ? term.label : undefined }),
        view: () => (
          <ListingPage
            title={term.label}
            intro={`${term.count} article${term.count > 1 ? "s" : ""}`}
            crumbs={[{ label: taxonomy.label, href: `/${taxonomy.base}/` }, { label: term.label }]}
            page={page}
            href={(n) => taxonomy.url(term.slug, n)}
          />
        ),
      };
    },
    sitemap: (site) =>
      taxonomy.terms(site).map((t) => ({ path: taxonomy.url(t.slug), lastModified: lastChange(taxonomy.articles(site, t.slug)) })),
  };
}
