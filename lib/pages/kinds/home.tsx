/** The home page: the featured article, then the others 12 a page (`/`, `/page/2/`…). */
import { HomePage, homeArticles } from "@/components/home-page";
import { pageMetadata } from "@/lib/seo/metadata";
import { homeUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { lastChange, pagedPaths, splitPageNumber, type PageKind } from "../page-kind";

export const homePages: PageKind = {
  name: "home",
  paths: (site) => pagedPaths([], homeArticles(site).rest.length, siteConfig.pageSize),
  resolve({ segments }, site) {
    const paged = splitPageNumber(segments);
    if (!paged || paged.base.length) return undefined;
    const { rest } = homeArticles(site);
    if (paged.page > Math.max(1, Math.ceil(rest.length / siteConfig.pageSize))) return undefined;
    const page = paged.page;
    return {
      kind: "home",
      metadata: () => pageMetadata(page > 1 ? { title: `Articles – page ${page}`, path: homeUrl(page) } : { path: "/" }),
      view: () => <HomePage site={site} pageNumber={page} />,
    };
  },
  sitemap: (site) => [{ path: homeUrl(), lastModified: lastChange(site.articles) }],
};
