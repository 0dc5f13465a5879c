/**
 * The institutional pages every public site links from its footer. Their texts are Markdown
 * files in `site-pages/`, edited by the organisation in that one place.
 */
import fs from "node:fs";
import path from "node:path";

export const SITE_PAGES = [
  { slug: "accessibilite", title: "Déclaration d’accessibilité", footerLabel: "Accessibilité : partiellement conforme" },
  { slug: "mentions-legales", title: "Mentions légales", footerLabel: "Mentions légales" },
  { slug: "donnees-personnelles", title: "Données personnelles", footerLabel: "Données personnelles" },
  { slug: "gestion-des-cookies", title: "Gestion des cookies", footerLabel: "Gestion des cookies" },
] as const;

export type SitePage = (typeof SITE_PAGES)[number];

export const SITE_PAGES_DIR = path.join(process.cwd(), "site-pages");

export function sitePageBySlug(slug: string): SitePage | undefined {
  return SITE_PAGES.find((p) => p.slug === slug);
}

export function sitePageFile(page: SitePage): string {
  return path.join(SITE_PAGES_DIR, `${page.slug}.md`);
}

export function sitePageSource(page: SitePage): string {
  return fs.readFileSync(sitePageFile(page), "utf8");
}

/** When the text of the page last changed, for the sitemap. */
export function sitePageModified(page: SitePage): Date | undefined {
  try {
    return fs.statSync(sitePageFile(page)).mtime;
  } catch {
    return undefined;
  }
}
