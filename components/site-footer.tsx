import Link from "next/link";
import { SITE_PAGES } from "@/lib/site-pages";
import { siteConfig } from "@/site.config";
import { DisplaySettings } from "./display-settings";

/** The mandatory mentions of a public site, and the publisher. */
export function SiteFooter() {
  return (
    <footer id="pied-de-page" className="mt-16 border-t-2 border-brand bg-bg-alt">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="font-bold">{siteConfig.name}</p>
        <p className="text-sm text-muted">{siteConfig.publisher}</p>
        <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {SITE_PAGES.map((page) => (
            <li key={page.slug}>
              <Link href={`/${page.slug}/`} prefetch={false} className="text-fg">
                {page.footerLabel}
              </Link>
            </li>
          ))}
          <li>
            <DisplaySettings />
          </li>
        </ul>
      </div>
    </footer>
  );
}
