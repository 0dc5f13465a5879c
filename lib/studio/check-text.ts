/**
 * The content check for one article's text as it is being typed (not saved): the loader's
 * findings for that text, then the check's rules (lib/check) against the site as it is on disk.
 */
import { analyseFile } from "@/lib/check/analyse-file";
import { findIssues } from "@/lib/check/rules";
import { sitePaths } from "@/lib/check/site-paths";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent, readContentText } from "@/lib/content/load";
import { perContent } from "@/lib/content/memo";
import type { Article, ContentIssue } from "@/lib/content/types";
import { siteConfig } from "@/site.config";

/** `bodyLine`: the file line the body starts on (findings are placed in the editor from it). */
export type CheckedText = { article?: Article; issues: ContentIssue[]; bodyLine: number };

/**
 * The site's addresses, made once per content version and minute rather than on every keystroke:
 * on a site of 1,000 articles, building them was most of the time a check of typed text took.
 * Within a minute, a scheduled article that comes out is still seen as scheduled.
 */
const sitePathsNow = perContent((index) => sitePaths(index, Date.now()), () => Math.floor(Date.now() / 60_000));

export async function checkText(file: string, text: string, at?: number): Promise<CheckedText> {
  const index = loadContent();
  const now = at ?? Date.now();
  const read = readContentText(file, text, index.dir);
  const { bodyLine } = splitFile(text);
  if (!read.article) return { issues: sorted(read.issues), bodyLine };
  const record = await analyseFile(read.article, splitFile(text));
  const found = findIssues([{ article: read.article, record }], at === undefined ? sitePathsNow() : sitePaths(index, at), now, siteConfig.onBrokenLinks);
  return { article: read.article, issues: sorted([...read.issues, ...found]), bodyLine };
}

function sorted(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
