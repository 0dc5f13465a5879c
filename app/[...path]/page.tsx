import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article-view";
import { ContentErrorView } from "@/components/content-error";
import { DraftsPage } from "@/components/drafts-page";
import { HomePage } from "@/components/home-page";
import { ListingPage } from "@/components/listing-page";
import { RedirectNotice } from "@/components/redirect-notice";
import { SitePageView } from "@/components/site-page-view";
import { TermPage, termMetadata } from "@/components/term-page";
import { UnpublishedBanner } from "@/components/unpublished";
import { visibilityOf } from "@/lib/content/queries";
import { catchAllPaths, resolvePath } from "@/lib/routing";
import { articleMetadata, pageMetadata } from "@/lib/seo/metadata";
import { homeUrl, sectionUrl } from "@/lib/urls";

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
        ...(await articleMetadata(resolved.article)),
        // Drafts and scheduled articles exist only in previews, which search engines must not keep.
        ...(visibilityOf(resolved.article) === "published" ? {} : { robots: { index: false, follow: false } }),
      };
    case "section": {
      const { section, page } = resolved;
      return pageMetadata({
        title: page.page > 1 ? `${section.label} – page ${page.page}` : section.label,
        path: sectionUrl(section, page.page),
        feedLabel: section.label,
      });
    }
    case "home":
      return pageMetadata({ title: `Articles – page ${resolved.page}`, path: homeUrl(resolved.page) });
    case "term":
      return termMetadata(resolved.taxonomy, resolved.slug, resolved.page);
    case "site-page":
      return pageMetadata({ title: resolved.page.title, path: `/${resolved.page.slug}/` });
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

/** Everything with a URL built from content: see lib/routing.ts. */
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
    case "home":
      return <HomePage pageNumber={resolved.page} />;
    case "term":
      return <TermPage taxonomy={resolved.taxonomy} slug={resolved.slug} pageNumber={resolved.page} />;
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
