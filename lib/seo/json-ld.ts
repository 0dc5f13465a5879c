/**
 * Structured data of an article page: a schema.org `NewsArticle` (a `WebPage` for an undated
 * page: it is no news) and its `BreadcrumbList`, serialised so that no `<` can close the script
 * element (as the Next.js docs advise).
 */
import { isoInZone } from "@/lib/content/dates";
import { isDated } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { absoluteUrl, homeUrl, sectionUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { articleDescription, type SocialImage } from "./metadata";

export function articleJsonLd(article: Article, image: SocialImage) {
  const url = absoluteUrl(article.url);
  const publisher = { "@type": "Organization", name: siteConfig.publisher, url: absoluteUrl(homeUrl()) };
  const common = {
    "@context": "https://schema.org",
    headline: article.title,
    description: articleDescription(article),
    url,
    image: [image.url],
    inLanguage: article.lang ?? siteConfig.locale,
    keywords: article.tags.map((t) => t.label),
    author: article.author ? { "@type": "Person", name: article.author } : publisher,
    publisher,
  };
  const main = isDated(article)
    ? {
        ...common,
        "@type": "NewsArticle",
        mainEntityOfPage: url,
        datePublished: isoInZone(article.date),
        dateModified: isoInZone(article.updated ?? article.date),
        articleSection: article.section.label,
      }
    : {
        ...common,
        "@type": "WebPage",
        name: article.title,
        ...(article.updated ? { dateModified: isoInZone(article.updated) } : {}),
        isPartOf: { "@type": "WebSite", name: siteConfig.name, url: absoluteUrl(homeUrl()) },
      };
  const crumbs = [
    { name: "Accueil", path: homeUrl() },
    { name: article.section.label, path: sectionUrl(article.section) },
    { name: article.title, path: article.url },
  ];
  const breadcrumb = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
  return [main, breadcrumb];
}

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
