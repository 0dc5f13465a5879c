/**
 * Every address the next build will serve, as the content check must see it: published
 * articles (a draft does not exist for readers), their old addresses, section, tag, category and
 * home pages with their page numbers, the institutional pages and the app's own fixed routes.
 * Built from the loaded index rather than the queries module, because the check must also run
 * when some files are broken (the queries refuse to build a site from broken content).
 */
import fs from "node:fs";
import path from "node:path";
import type { ContentIndex } from "@/lib/content/load";
import { isVisible, showsUnpublished } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { SITE_PAGES } from "@/lib/site-pages";
import { categoryUrl, draftsUrl, homeUrl, sectionUrl, tagUrl, tagsIndexUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";

export type SitePaths = {
  /** Page paths, with their trailing slash. */
  pages: Set<string>;
  /** Fixed routes that are files (`/feed.xml`, `/sitemap.xml`). */
  files: Set<string>;
  /** Articles readers will see, by URL. */
  published: Map<string, Article>;
  /** Drafts and scheduled articles, by URL: linking to them from a published page is an error. */
  unpublished: Map<string, Article>;
};

export function sitePaths(index: ContentIndex, now: number, appDir = path.join(process.cwd(), "app")): SitePaths {
  const pages = new Set<string>(["/", tagsIndexUrl, "/categories/"]);
  const published = new Map<string, Article>();
  const unpublished = new Map<string, Article>();
  for (const article of index.articles) (isVisible(article, now) ? published : unpublished).set(article.url, article);

  const visible = [...published.values()];
  const addPages = (count: number, url: (page: number) => string) => {
    const pageCount = Math.max(1, Math.ceil(count / siteConfig.pageSize));
    for (let n = 1; n <= pageCount; n++) pages.add(url(n));
  };
  const counts = (keys: (a: Article) => string[]) => {
    const out = new Map<string, number>();
    for (const a of visible) for (const k of keys(a)) out.set(k, (out.get(k) ?? 0) + 1);
    return out;
  };
  for (const article of visible) {
    pages.add(article.url);
    for (const from of article.redirectFrom) pages.add(from);
  }
  for (const [folder, count] of counts((a) => [a.section.folder])) {
    const section = visible.find((a) => a.section.folder === folder)!.section;
    addPages(count, (n) => sectionUrl(section, n));
  }
  for (const [slug, count] of counts((a) => a.tags.map((t) => t.slug))) addPages(count, (n) => tagUrl(slug, n));
  for (const [slug, count] of counts((a) => a.categories.map((t) => t.slug))) addPages(count, (n) => categoryUrl(slug, n));
  // The home page shows the featured article apart, then the others a page at a time.
  addPages(Math.max(0, visible.length - 1), homeUrl);
  for (const page of SITE_PAGES) pages.add(`/${page.slug}/`);
  if (showsUnpublished()) pages.add(draftsUrl);

  const files = new Set<string>();
  for (const route of fixedRoutes(appDir)) (route.endsWith("/") ? pages : files).add(route);
  return { pages, files, published, unpublished };
}

/**
 * The app's routes without parameters (`app/recherche/page.tsx` -> `/recherche/`,
 * `app/feed.xml/route.ts` -> `/feed.xml`), and its metadata files (`sitemap.ts` -> `/sitemap.xml`).
 */
export function fixedRoutes(appDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const url = `/${segments.join("/")}`;
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        // Parameters come from content (already listed); private folders and slots are no URL.
        if (/^[[_@.]/.test(name)) continue;
        walk(path.join(dir, name), /^\(.*\)$/.test(name) ? segments : [...segments, name]);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
        out.push(segments.length ? `${url}/` : "/");
      } else if (/^route\.(ts|js)$/.test(name)) {
        out.push(url);
      } else if (segments.length === 0) {
        const metadata = METADATA_FILES.find(([pattern]) => pattern.test(name));
        if (metadata) out.push(metadata[1](name));
      }
    }
  };
  walk(appDir, []);
  return out;
}

const METADATA_FILES: [RegExp, (name: string) => string][] = [
  [/^sitemap\.(ts|js|xml)$/, () => "/sitemap.xml"],
  [/^robots\.(ts|js|txt)$/, () => "/robots.txt"],
  [/^manifest\.(ts|js|json|webmanifest)$/, () => "/manifest.webmanifest"],
  [/^(favicon|icon|apple-icon)\.(ico|svg|png|jpg)$/, (name) => `/${name}`],
];
