/** The institutional pages of the footer (`/accessibilite/`…), from `site-pages/`. */
import { SitePageView } from "@/components/site-page-view";
import { pageMetadata } from "@/lib/seo/metadata";
import { SITE_PAGES, sitePageModified } from "@/lib/site-pages";
import type { PageKind } from "../page-kind";

export const sitePages: PageKind = {
  name: "site-page",
  paths: () => SITE_PAGES.map((p) => [p.slug]),
  resolve({ segments }) {
    const page = segments.length === 1 ? SITE_PAGES.find((p) => p.slug === segments[0]) : undefined;
    if (!page) return undefined;
    return {
      kind: "site-page",
      metadata: () => pageMetadata({ title: page.title, path: `/${page.slug}/` }),
      view: () => <SitePageView page={page} />,
    };
  },
  sitemap: () => SITE_PAGES.map((p) => ({ path: `/${p.slug}/`, lastModified: sitePageModified(p) })),
};
