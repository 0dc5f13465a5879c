/**
 * `npm run check`: every finding about the content folder, in one list, file by file and line
 * by line. The loader's own findings (front matter, duplicate URLs, unknown keys) come first in
 * the pipeline; this adds what only reading the bodies and comparing articles can tell.
 */
import fs from "node:fs";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { scheduledArticles } from "@/lib/content/queries";
import type { ContentIssue, DatedArticle } from "@/lib/content/types";
import { siteConfig } from "@/site.config";
import { analyseFile } from "./analyse-file";
import { hashOf, openCache } from "./cache";
import { analyseInParallel, workerCount } from "./parallel";
import { findIssues, type BrokenLinkPolicy, type Checked } from "./rules";
import { sitePaths } from "./site-paths";

export type CheckResult = {
  issues: ContentIssue[];
  errors: number;
  warnings: number;
  /** Content files found, articles read from Markdown this time, and those taken from the cache. */
  files: number;
  read: number;
  cached: number;
  /** Articles a build made after their date will publish, soonest first. */
  scheduled: DatedArticle[];
  /** The broken-link policy that applied, and how many findings it decided. */
  onBrokenLinks: BrokenLinkPolicy;
  brokenLinks: number;
  milliseconds: number;
};

export type CheckOptions = {
  /** Reuse what earlier runs found in unchanged files (default true). */
  cache?: boolean;
  /** Where the cache lives (tests use a folder of their own). */
  cacheFolder?: string;
  /** The instant the next build would run at: it decides what is scheduled. */
  now?: number;
  /** Broken links and missing files as errors or warnings (default: `onBrokenLinks` of site.config.ts). */
  onBrokenLinks?: BrokenLinkPolicy;
  /** Share the reading between child processes on a large folder (default true; the studio,
   * inside `next dev`, has no TypeScript loader to give them). */
  parallel?: boolean;
};

export async function runCheck({ cache = true, cacheFolder, now = Date.now(), onBrokenLinks = siteConfig.onBrokenLinks, parallel = true }: CheckOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const index = loadContent();
  const store = openCache(index.dir, { enabled: cache, folder: cacheFolder });
  const sources = new Map(index.articles.map((a) => [a.file, fs.readFileSync(a.file, "utf8")]));
  const toRead = index.articles.filter((a) => !store.get(a.file, hashOf(sources.get(a.file)!)));
  const workers = parallel ? workerCount(toRead.length) : 1;
  const fresh =
    workers > 1
      ? await analyseInParallel(toRead.map((a) => a.file), workers)
      : new Map(await Promise.all(toRead.map(async (a) => [a.file, await analyseFile(a, splitFile(sources.get(a.file)!))] as const)));
  const checked: Checked[] = [];
  for (const article of index.articles) {
    const hash = hashOf(sources.get(article.file)!);
    let record = store.get(article.file, hash);
    if (!record) {
      record = fresh.get(article.file)!;
      store.set(article.file, hash, record);
    }
    checked.push({ article, record });
  }
  const read = toRead.length;
  store.save();

  const issues = [...index.issues, ...findIssues(checked, sitePaths(index, now), now, onBrokenLinks)].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const errors = issues.filter((i) => i.severity === "error").length;
  return {
    issues,
    errors,
    warnings: issues.length - errors,
    files: index.articles.length + index.broken.length + index.toRepair.length,
    read,
    cached: index.articles.length - read,
    scheduled: scheduledArticles(index.articles, now),
    onBrokenLinks,
    brokenLinks: issues.filter((i) => i.policy === "onBrokenLinks").length,
    milliseconds: Math.round(performance.now() - started),
  };
}
