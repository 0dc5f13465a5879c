import Link from "next/link";
import { sections } from "@/lib/content/queries";
import { sectionUrl, tagsIndexUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { SearchForm } from "./search-form";

/** Site name, tagline and the section navigation. */
export function SiteHeader() {
  const navSections = sections().filter((s) => siteConfig.sections[s.folder]?.nav);
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5">
        <Link href="/" prefetch={false} className="group flex items-center gap-4 text-fg no-underline">
          <span aria-hidden="true" className="flex h-12 w-3 flex-col">
            <span className="flex-1 bg-brand" />
            <span className="flex-1 bg-bg-alt" />
            <span className="flex-1 bg-accent" />
          </span>
          <span>
            <span className="block text-xl font-bold group-hover:underline">{siteConfig.name}</span>
            <span className="block text-sm text-muted">{siteConfig.tagline}</span>
          </span>
        </Link>
        <SearchForm />
      </div>
      <nav id="navigation" aria-label="Menu principal" className="border-t border-line">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4">
          {navSections.map((section) => (
            <li key={section.folder}>
              <Link href={sectionUrl(section)} prefetch={false} className="block py-3 font-medium text-fg no-underline hover:underline">
                {section.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href={tagsIndexUrl} prefetch={false} className="block py-3 font-medium text-fg no-underline hover:underline">
              Thématiques
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
