import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LivePreview } from "@/components/live-preview";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { siteConfig } from "@/site.config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
  description: siteConfig.tagline,
};

export const viewport: Viewport = {
  themeColor: siteConfig.colors.primary,
};

// Runs before first paint: the theme the reader chose (or the system's) is applied with no flash.
const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.dataset.theme=d?"dark":"light"}catch(e){}})()`;

const BRAND_STYLE = `:root{--brand:${siteConfig.colors.primary};--accent:${siteConfig.colors.accent};--brand-on-dark:${siteConfig.colors.primaryOnDark};--accent-on-dark:${siteConfig.colors.accentOnDark}}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" data-theme="light" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
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
        {process.env.NODE_ENV === "development" ? <LivePreview /> : null}
      </body>
    </html>
  );
}
