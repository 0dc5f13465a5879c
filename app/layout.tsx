import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LivePreview } from "@/components/live-preview";
import { pageScriptSource } from "@/components/page-script";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { contentDir } from "@/lib/content/load";
import { showsUnpublished } from "@/lib/content/queries";
import { contentChanges } from "@/lib/content/watch";
import { CONTENT_ID_PREFIX } from "@/lib/markdown/content-ids";
import { feedLinks } from "@/lib/seo/metadata";
import { siteConfig } from "@/site.config";
import "./globals.css";
// Plain CSS, imported here rather than with @import in globals.css, where Tailwind first looks
// for them from the project root and logs an error.
import "./content.css";
import "./reading.css";
import "./print.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
  description: siteConfig.tagline,
  alternates: { types: feedLinks() },
  openGraph: { siteName: siteConfig.name, locale: siteConfig.locale.replace("-", "_"), type: "website" },
  // A preview build shows drafts: no search engine may index it. (In development, pages say for
  // themselves whether they would be indexed: drafts and scheduled articles are noindex.)
  ...(showsUnpublished() && process.env.NODE_ENV === "production" ? { robots: { index: false, follow: false } } : {}),
};

export const viewport: Viewport = {
  themeColor: siteConfig.colors.primary,
};

// Runs before first paint: the theme the reader chose (or the system's) is applied with no flash.
const PAGE_SCRIPT = pageScriptSource(CONTENT_ID_PREFIX);

const BRAND_STYLE = `:root{--brand:${siteConfig.colors.primary};--accent:${siteConfig.colors.accent};--brand-on-dark:${siteConfig.colors.primaryOnDark};--accent-on-dark:${siteConfig.colors.accentOnDark}}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" data-theme="light" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: PAGE_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: BRAND_STYLE }} />
      </head>
      <body>
        <div className="skip-links">
          <ul className="flex gap-4 px-4">
            <li>
              <a href="#contenu" className="sr-only focus:not-sr-only focus:inline-block focus:p-2">
                Aller au contenu
              </a>
            </li>
            <li>
              <a href="#navigation" className="sr-only focus:not-sr-only focus:inline-block focus:p-2">
                Aller au menu
              </a>
            </li>
            <li>
              <a href="#pied-de-page" className="sr-only focus:not-sr-only focus:inline-block focus:p-2">
                Aller au pied de page
              </a>
            </li>
          </ul>
        </div>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none">
          {children}
        </main>
        <SiteFooter />
        {process.env.NODE_ENV === "development" ? <LivePreview version={contentChanges(contentDir())} /> : null}
      </body>
    </html>
  );
}
