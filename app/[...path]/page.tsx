import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article-view";
import { ContentErrorView } from "@/components/content-error";
import { DraftsPage } from "@/components/drafts-page";
import { ListingPage } from "@/components/listing-page";
import { RedirectNotice } from "@/components/redirect-notice";
import { SitePageView } from "@/components/site-page-view";
import { UnpublishedBanner } from "@/components/unpublished";
import { plainText, truncate } from "@/lib/content/excerpt";
import { visibilityOf } from "@/lib/content/queries";
import { catchAllPaths, resolvePath } from "@/lib/routing";
import { sectionUrl } from "@/lib/urls";

type Props = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return catchAllPaths().map((path) => ({ path }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = resolvePath((await params).path);
  switch (resolved?.kind) {
    case "article":
      return {
        title: resolved.article.title,
        description: truncate(plainText(resolved.article.chapeau), 160) || undefined,
        // Drafts and scheduled articles exist only in previews, which search engines must not keep.
        ...(visibilityOf(resolved.article) === "published" ? {} : { robots: { index: false, follow: false } }),
      };
    case "section":
      return { title: resolved.page.page > 1 ? `${resolved.section.label} – page ${resolved.page.page}` : resolved.section.label };
    case "site-page":
      return { title: resolved.page.title };
    case "redirect":
      return { title: "Page déplacée", robots: { index: false } };
    case "drafts":
      return { title: "Brouillons et articles programmés", robots: { index: false, follow: false } };
    case "broken":
      return { title: "Erreur de contenu", robots: { index: false } };
    default:
      return {};
  }
}

/** Articles (at their section URL or permalink), section listings and institutional pages. */
export default async function CatchAll({ params }: Props) {
  const resolved = resolvePath((await params).path);
  switch (resolved?.kind) {
    case "article":
      return (
        <>
          <UnpublishedBanner article={resolved.article} />
          <ArticleView article={resolved.article} />
        </>
      );
    case "section":
      return (
        <ListingPage
          title={resolved.section.label}
          crumbs={[{ label: resolved.section.label }]}
          page={resolved.page}
          href={(n) => sectionUrl(resolved.section, n)}
        />
      );
    case "site-page":
      return <SitePageView page={resolved.page} />;
    case "redirect":
      return <RedirectNotice to={resolved.to} />;
    case "drafts":
      return <DraftsPage />;
    case "broken":
      return <ContentErrorView file={resolved.broken.displayPath} issues={resolved.broken.issues} />;
    default:
      notFound();
  }
}
