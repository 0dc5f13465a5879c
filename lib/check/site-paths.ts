/**
 * Every address the next build will serve, as the content check must see it: the pages of the
 * table of page kinds (lib/pages/table.ts) for the site a build made now would show, and the
 * app's own fixed routes. Built from the loaded index rather than the current site, because the
 * check must also run when some files are broken (a build refuses broken content).
 */
import fs from "node:fs";
import path from "node:path";
import type { ContentIndex } from "@/lib/content/load";
import { isVisible, siteModel } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { pagePaths, pathOf } from "@/lib/pages/table";

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
  const site = siteModel(index, now);
  const pages = new Set(pagePaths(site, { aliases: false }).map(pathOf));
  const published = new Map(site.articles.map((a) => [a.url, a]));
  const unpublished = new Map(index.articles.filter((a) => !isVisible(a, now)).map((a) => [a.url, a]));
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
