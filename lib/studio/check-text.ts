/**
 * The content check for one article's text as it is being typed (not saved): the loader's
 * findings for that text, then the check's rules (lib/check) against the site as it is on disk.
 */
import { analyseFile } from "@/lib/check/analyse-file";
import { findIssues } from "@/lib/check/rules";
import { sitePaths } from "@/lib/check/site-paths";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent, readContentText } from "@/lib/content/load";
import type { Article, ContentIssue } from "@/lib/content/types";
import { siteConfig } from "@/site.config";

/** `bodyLine`: the file line the body starts on (findings are placed in the editor from it). */
export type CheckedText = { article?: Article; issues: ContentIssue[]; bodyLine: number };

export async function checkText(file: string, text: string, now = Date.now()): Promise<CheckedText> {
  const index = loadContent();
  const read = readContentText(file, text, index.dir);
  const { bodyLine } = splitFile(text);
  if (!read.article) return { issues: sorted(read.issues), bodyLine };
  const record = await analyseFile(read.article, splitFile(text));
  const found = findIssues([{ article: read.article, record }], sitePaths(index, now), now, siteConfig.onBrokenLinks);
  return { article: read.article, issues: sorted([...read.issues, ...found]), bodyLine };
}

function sorted(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
