/** An article at its address (section path, slug or permalink, of any depth). */
import { ArticleView } from "@/components/article-view";
import { UnpublishedBanner } from "@/components/unpublished";
import { visibilityOf } from "@/lib/content/queries";
import { articleMetadata } from "@/lib/seo/metadata";
import { segmentsOf, type PageKind } from "../page-kind";

export const articlePages: PageKind = {
  name: "article",
  paths: (site) => site.articles.filter((a) => !a.redirectTo).map((a) => segmentsOf(a.url)),
  resolve({ path }, site) {
    const article = site.byUrl.get(path);
    if (!article || article.redirectTo) return undefined;
    return {
      kind: "article",
      metadata: async () => ({
        ...(await articleMetadata(article)),
        // Drafts and scheduled articles exist only in previews, which search engines must not keep.
        ...(visibilityOf(article) === "published" ? {} : { robots: { index: false, follow: false } }),
      }),
      view: () => (
        <>
          <UnpublishedBanner article={article} />
          <ArticleView article={article} />
        </>
      ),
    };
  },
  // An undated page has a lastmod only when its front matter says when it changed: a file's
  // modification time is that of the checkout on the build machine, new at every deployment.
  sitemap: (site) => site.articles.filter((a) => !a.redirectTo).map((a) => ({ path: a.url, lastModified: a.updated ?? a.date })),
};
