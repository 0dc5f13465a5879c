/** A section's articles, 12 a page (`/actualites/`, `/actualites/page/2/`…). */
import { ListingPage } from "@/components/listing-page";
import { paginate } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/seo/metadata";
import { sectionUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { lastChange, pagedPaths, splitPageNumber, type PageKind } from "../page-kind";

export const sectionPages: PageKind = {
  name: "section",
  paths: (site) =>
    site.sections.flatMap((s) => pagedPaths([s.path], site.bySection.get(s.folder)?.length ?? 0, siteConfig.pageSize)),
  resolve({ segments }, site) {
    const paged = splitPageNumber(segments);
    if (paged?.base.length !== 1) return undefined;
    const section = site.sections.find((s) => s.path === paged.base[0]);
    const page = section && paginate(site.bySection.get(section.folder) ?? [], paged.page);
    if (!section || !page) return undefined;
    return {
      kind: "section",
      metadata: () =>
        pageMetadata({
          title: page.page > 1 ? `${section.label} – page ${page.page}` : section.label,
          path: sectionUrl(section, page.page),
          feedLabel: section.label,
        }),
      view: () => (
        <ListingPage title={section.label} crumbs={[{ label: section.label }]} page={page} href={(n) => sectionUrl(section, n)} />
      ),
    };
  },
  sitemap: (site) => site.sections.map((s) => ({ path: sectionUrl(s), lastModified: lastChange(site.bySection.get(s.folder) ?? []) })),
};
