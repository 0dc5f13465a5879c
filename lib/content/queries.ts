/**
 * Every question a page, feed or script asks about content. "Is this published?" is answered in
 * exactly one place (`isVisible`), so drafts cannot reach readers through a side door.
 */
import { ContentError } from "./issues";
import { byNewest, loadContent, type BrokenFile, type ContentIndex, type RepairFile } from "./load";
import { aliasPath, needsAlias } from "./long-urls";
import { perContent } from "./memo";
import { sectionForFolder } from "./sections";
import type { Article, DatedArticle, Section, Term } from "./types";
import { siteConfig } from "../../site.config";

export type Visibility = "published" | "draft" | "scheduled";

/**
 * Development and preview builds show drafts and scheduled articles (with a banner); a
 * production build never does.
 */
export function showsUnpublished(): boolean {
  return (
    process.env.NODE_ENV === "development" ||
    process.env.CHAPEAU_PREVIEW === "1" ||
    process.env.VERCEL_ENV === "preview"
  );
}

export function visibilityOf(article: Article, now = Date.now()): Visibility {
  if (article.draft) return "draft";
  if (isDated(article) && article.date.getTime() > now) return "scheduled";
  return "published";
}

/**
 * True for an article with a date: news. An undated page (evergreen) is published at its address
 * but has no place in anything ordered by date (feeds, the home page, previous and next).
 */
export function isDated(article: Article): article is DatedArticle {
  return article.date !== undefined;
}

/** Scheduled articles (a date still to come, not a draft), soonest first. */
export function scheduledArticles(articles: Article[], now = Date.now()): DatedArticle[] {
  return articles
    .filter((a): a is DatedArticle => isDated(a) && visibilityOf(a, now) === "scheduled")
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

export function isVisible(article: Article, now = Date.now()): boolean {
  return showsUnpublished() || visibilityOf(article, now) === "published";
}

export type Unpublished = {
  scheduled: DatedArticle[];
  drafts: Article[];
  /**
   * Files that are no article yet: those of `_a-reparer/` (never published), and in development
   * the files that failed to load (each shows its error at its own address).
   */
  toRepair: (RepairFile | BrokenFile)[];
};

/**
 * What the preview shows on `/brouillons/`: scheduled articles (soonest first), drafts (newest
 * first, undated ones after) and files to repair. A production build has no such page.
 */
export function unpublishedArticles(now = Date.now()): Unpublished {
  const { articles } = derived();
  const index = loadContent();
  return {
    scheduled: scheduledArticles(articles, now),
    drafts: articles.filter((a) => visibilityOf(a, now) === "draft"),
    toRepair: [...index.toRepair, ...(process.env.NODE_ENV === "development" ? index.broken : [])],
  };
}

export type TermCount = Term & { count: number };

/**
 * Everything derived from the articles a build shows: made once per content version (and per
 * build instant), from the same function for pages, feeds, the page table and the content check.
 */
export type SiteModel = {
  articles: Article[];
  byUrl: Map<string, Article>;
  bySection: Map<string, Article[]>;
  byTag: Map<string, Article[]>;
  byCategory: Map<string, Article[]>;
  /** Previous and next article of each article's section, found once for all pages. */
  adjacent: Map<Article, { previous?: Article; next?: Article }>;
  tags: TermCount[];
  categories: TermCount[];
  sections: Section[];
  redirects: Redirect[];
  redirectsByPath: Map<string, Redirect>;
};

/**
 * The visible articles and everything derived from them, computed once per content version (and
 * per build mode: whether unpublished articles are shown).
 */
const derived = perContent((index): SiteModel => {
  // In development a broken file shows its error on its own page; anywhere else it stops the build.
  if (process.env.NODE_ENV !== "development") {
    const errors = index.issues.filter((i) => i.severity === "error");
    if (errors.length) throw new ContentError(errors);
  }
  return siteModel(index, Date.now());
}, showsUnpublished);

/** The current site (what pages are built from). */
export function currentSite(): SiteModel {
  return derived();
}

/**
 * The site a build made at `now` would show from this index, errors or not: the content check
 * asks it of content that may not build.
 */
export function siteModel(index: ContentIndex, now: number): SiteModel {
  const articles = index.articles.filter((a) => isVisible(a, now));
  const bySection = group(articles, (a) => [a.section.folder]);
  const redirectList = computeRedirects(articles);
  return {
    articles,
    byUrl: new Map(articles.map((a) => [a.url, a])),
    bySection,
    byTag: group(articles, (a) => a.tags.map((t) => t.slug)),
    byCategory: group(articles, (a) => a.categories.map((t) => t.slug)),
    adjacent: adjacency(bySection),
    tags: countTerms(articles, (a) => a.tags),
    categories: countTerms(articles, (a) => a.categories),
    sections: [...new Set([...Object.keys(siteConfig.sections), ...bySection.keys()])]
      .filter((folder) => bySection.has(folder))
      .map(sectionForFolder),
    redirects: redirectList,
    redirectsByPath: new Map(redirectList.map((r) => [r.from, r])),
  };
}

function group(articles: Article[], keys: (a: Article) => string[]): Map<string, Article[]> {
  const out = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const list = out.get(key);
      if (list) list.push(article);
      else out.set(key, [article]);
    }
  }
  return out;
}

/**
 * Neighbours in each section (newest first). Articles that only redirect elsewhere have no page,
 * and undated pages have no place in time, so they are neither neighbours nor given any.
 */
function adjacency(bySection: Map<string, Article[]>): SiteModel["adjacent"] {
  const out: SiteModel["adjacent"] = new Map();
  for (const list of bySection.values()) {
    const readable = list.filter((a) => !a.redirectTo && isDated(a));
    readable.forEach((article, i) => out.set(article, { next: readable[i - 1], previous: readable[i + 1] }));
  }
  return out;
}

/** Terms with their article counts; the label is the spelling most articles use. */
function countTerms(articles: Article[], termsOf: (a: Article) => Term[]): TermCount[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const term of termsOf(article)) {
      const bySpelling = spellings.get(term.slug) ?? new Map<string, number>();
      bySpelling.set(term.label, (bySpelling.get(term.label) ?? 0) + 1);
      spellings.set(term.slug, bySpelling);
    }
  }
  return [...spellings.entries()]
    .map(([slug, bySpelling]) => {
      const [label] = [...bySpelling.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const count = [...bySpelling.values()].reduce((a, b) => a + b, 0);
      return { slug, label, count };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
}

export function allArticles(): Article[] {
  return derived().articles;
}

export function articleByUrl(url: string): Article | undefined {
  return derived().byUrl.get(url);
}

export function sections(): Section[] {
  return derived().sections;
}

export function sectionByPath(urlPath: string): Section | undefined {
  return derived().sections.find((s) => s.path === urlPath);
}

export function articlesInSection(folder: string): Article[] {
  return derived().bySection.get(folder) ?? [];
}

export function tags(): TermCount[] {
  return derived().tags;
}

export function tagBySlug(slug: string): TermCount | undefined {
  return derived().tags.find((t) => t.slug === slug);
}

export function articlesWithTag(slug: string): Article[] {
  return derived().byTag.get(slug) ?? [];
}

export function categories(): TermCount[] {
  return derived().categories;
}

export function categoryBySlug(slug: string): TermCount | undefined {
  return derived().categories.find((t) => t.slug === slug);
}

export function articlesInCategory(slug: string): Article[] {
  return derived().byCategory.get(slug) ?? [];
}

/** Articles that share tags with this one (most shared first), then the newest of its section. */
export function relatedArticles(article: Article, count = 3): Article[] {
  const scores = new Map<Article, number>();
  for (const tag of article.tags) {
    for (const other of articlesWithTag(tag.slug)) {
      if (other !== article && !other.redirectTo) scores.set(other, (scores.get(other) ?? 0) + 1);
    }
  }
  const picked = [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || byNewest(a[0], b[0]))
    .slice(0, count)
    .map(([a]) => a);
  // Filled from the newest of the section; stops as soon as there are enough (no full scan).
  for (const other of articlesInSection(article.section.folder)) {
    if (picked.length >= count) break;
    if (other !== article && !other.redirectTo && !scores.has(other)) picked.push(other);
  }
  return picked;
}

/** The previous (older) and next (newer) article of the same section. */
export function adjacentArticles(article: Article): { previous?: Article; next?: Article } {
  return derived().adjacent.get(article) ?? {};
}

export type Page<T> = { items: T[]; page: number; pageCount: number };

export function paginate<T>(list: T[], page: number, size = siteConfig.pageSize): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(list.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: list.slice((page - 1) * size, page * size), page, pageCount };
}

/** Page numbers beyond the first, for `generateStaticParams` of `/…/page/<n>/` routes. */
export function extraPages(count: number, size = siteConfig.pageSize): string[] {
  const pages = Math.ceil(count / size);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => String(i + 2));
}

export type Redirect = { from: string; to: string };

/**
 * Every old address and where it now leads: redirect-only articles (`redirect_to`,
 * `redirection`, `redirection-interne`) and the `redirect_from` paths of published articles.
 */
export function redirects(): Redirect[] {
  return derived().redirects;
}

/** Where an old address leads, if it is one. */
export function redirectFrom(path: string): Redirect | undefined {
  return derived().redirectsByPath.get(path);
}

function computeRedirects(articles: Article[]): Redirect[] {
  const out: Redirect[] = [];
  const taken = new Set(articles.map((a) => a.url));
  for (const article of articles) {
    if (article.redirectTo) out.push({ from: article.url, to: article.redirectTo });
    for (const from of article.redirectFrom) {
      if (!taken.has(from) && from !== article.url) {
        taken.add(from);
        out.push({ from, to: article.redirectTo ?? article.url });
      }
    }
  }
  return out;
}

/**
 * Pages built under a short alias because their address is too long for a file name (see
 * long-urls.ts): `from` is the address readers use, `to` the alias it is served from.
 */
export function longUrlRewrites(site: SiteModel = derived()): Redirect[] {
  const paths = [...site.articles.map((a) => a.url), ...site.redirects.map((r) => r.from)];
  return [...new Set(paths)].filter(needsAlias).map((from) => ({ from, to: aliasPath(from) }));
}

/**
 * The article a Jekyll source path became (`_actualites/x.md`, as `{% link %}` and
 * `{% post_url %}` name it): collections are content folders without the underscore.
 */
export function articleBySourcePath(sourcePath: string): Article | undefined {
  const cleaned = sourcePath.trim().replace(/^\/+/, "").replace(/^_([^/]+)\//, "$1/");
  const posts = /^posts\/(?:\d{4}-\d{2}-\d{2}-)?(.+)$/.exec(cleaned.replace(/\.[^./]+$/, ""));
  const byId = articlesById();
  return (
    byId.get(cleaned) ??
    byId.get(cleaned.replace(/\.[^./]+$/, "")) ??
    (posts ? derived().articles.find((a) => a.slug === posts[1]) : undefined)
  );
}

/** Articles by their file (`actualites/x.md`) and by their file without extension. */
const articlesById = perContent(() => {
  const byId = new Map<string, Article>();
  for (const article of derived().articles) {
    byId.set(article.id, article);
    byId.set(article.id.replace(/\.[^./]+$/, ""), article);
  }
  return byId;
});
