/**
 * The studio's list: every file of the content folder an editor may open (articles, drafts,
 * files that do not read, files waiting in `_a-reparer/`), with its status and how many findings
 * the content check has for it.
 */
import path from "node:path";
import type { ContentIndex } from "@/lib/content/load";
import { visibilityOf } from "@/lib/content/queries";
import { isSectionFolder, sectionForFolder } from "@/lib/content/sections";
import type { ContentIssue } from "@/lib/content/types";
import type { Status } from "./statuses";


export type ListEntry = {
  /** Relative to the content folder, with `/`: what the editor page opens. */
  path: string;
  title: string;
  section: string;
  date?: string;
  status: Status;
  findings: number;
  errors: number;
};

export function studioList(index: ContentIndex, issues: ContentIssue[], now = Date.now()): ListEntry[] {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const counts = (displayPath: string) => {
    const found = byFile.get(displayPath) ?? [];
    return { findings: found.length, errors: found.filter((i) => i.severity === "error").length };
  };
  const relative = (file: string) => path.relative(index.dir, file).split(path.sep).join("/");
  const entries: ListEntry[] = index.articles.map((article) => {
    const visibility = visibilityOf(article, now);
    return {
      path: relative(article.file),
      title: article.title,
      section: article.section.label,
      date: article.date?.toISOString(),
      status: visibility === "draft" ? "Brouillon" : visibility === "scheduled" ? "Programmé" : "Publié",
      ...counts(article.displayPath),
    };
  });
  // Files that are no article yet: their path is their title until they read.
  for (const file of [...index.broken, ...index.toRepair]) {
    const full = path.resolve(process.cwd(), file.displayPath);
    const rel = relative(full);
    const folder = rel.split("/").find(isSectionFolder);
    entries.push({ path: rel, title: path.basename(rel), section: folder ? sectionForFolder(folder).label : "", status: "À réparer", ...counts(file.displayPath) });
  }
  return entries;
}
