/**
 * The content check's rules: from what each file holds (its record) and what the site will
 * serve, the findings an editor must act on (errors) or should look at (warnings).
 */
import { formatDate, formatDateTime } from "@/lib/content/dates";
import { plainText } from "@/lib/content/excerpt";
import { displayPath } from "@/lib/content/load";
import { isDated, visibilityOf } from "@/lib/content/queries";
import { asciiSlug } from "@/lib/content/slug";
import type { Article, ContentIssue, DatedArticle, Severity, Term } from "@/lib/content/types";
import { uploadKey } from "@/lib/content/upload-files";
import { uploadsDir } from "@/lib/content/uploads-dir";
import { siteFile } from "@/lib/public-files";
import { safeDecode } from "@/lib/safe-decode";
import { siteConfig } from "@/site.config";
import type { FileRecord } from "./analyse-file";
import type { BodyReport, LinkRef, Spot } from "./body-report";
import type { SitePaths } from "./site-paths";

export const LIMITS = { title: 110, chapeau: 300 };

export type Checked = { article: Article; record: FileRecord };

/**
 * What a link to a page, an anchor or a file the site does not serve does to a build
 * (`onBrokenLinks` in site.config.ts, as in Docusaurus): an error, or a warning that lets a
 * migrated archive build while its old dead links are worked through.
 */
export type BrokenLinkPolicy = "error" | "warn";

type Emit = (spot: Spot, severity: Severity, message: string) => void;
type Broken = (spot: Spot, message: string) => void;
type Locate = (...places: string[]) => Spot;

export function findIssues(checked: Checked[], site: SitePaths, now: number, policy: BrokenLinkPolicy = "error"): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const idsByUrl = new Map(checked.map(({ article, record }) => [article.url, new Set(record.body.ids)]));
  for (const { article, record } of checked) {
    const emit: Emit = (spot, severity, message) =>
      issues.push({ file: article.displayPath, line: spot.line, column: spot.column, severity, message });
    // A missing target: its severity and the policy that decided it, in one place.
    const broken: Broken = (spot, message) =>
      issues.push({
        file: article.displayPath,
        line: spot.line,
        column: spot.column,
        severity: policy === "warn" ? "warning" : "error",
        message: `${message} (onBrokenLinks: "${policy}")`,
        policy: "onBrokenLinks",
      });
    // The first of these front-matter places that is written in the file (`files=/uploads/x.pdf`, `files`).
    const spot: Locate = (...places) => places.map((p) => record.spots[p]).find(Boolean) ?? { line: 1, column: 1 };
    const context: LinkContext = { article, site, idsByUrl, now };

    for (const note of [...record.body.notes, ...(record.chapeau?.notes ?? []), ...(record.texts ?? [])]) emit(note, note.severity, note.message);
    for (const report of [record.body, record.chapeau]) {
      if (!report) continue;
      for (const link of report.links) checkLink(link, context, emit, broken);
      checkImages(report, emit, broken);
    }
    checkHeadings(record.body, emit);
    checkFrontMatter(article, spot, context, emit, broken);
  }
  issues.push(...lookalikeTerms(checked, "tags"), ...lookalikeTerms(checked, "categories"));
  return issues;
}

type LinkContext = { article: Article; site: SitePaths; idsByUrl: Map<string, Set<string>>; now: number };

// Ids every page has, from the layout (skip links' targets).
const LAYOUT_IDS = new Set(["contenu", "navigation", "pied-de-page"]);
const VAGUE_TEXTS = new Set(["ici", "cliquez ici", "cliquer ici", "en cliquant ici", "clic ici", "click here", "here"]);

function checkLink(link: LinkRef, context: LinkContext, emit: Emit, broken: Broken) {
  const href = link.href.trim();
  const text = link.text.replace(/\s+/g, " ").trim();
  if (!href || href === "#") {
    emit(link, "warning", `the link${text ? ` « ${text} »` : ""} has no address`);
    return;
  }
  if (!text) emit(link, "warning", `the link to ${href} has no text: screen readers can only read out its address`);
  else if (VAGUE_TEXTS.has(text.toLowerCase().replace(/[^\p{L}\s]/gu, "").replace(/\s+/g, " ").trim())) {
    emit(link, "warning", `the link text « ${text} » means nothing out of context: say where it leads (« le rapport annuel 2025 »)`);
  }
  const target = siteTarget(href, context.article.url);
  if (!target) return;
  const problem = missingTarget(target.path, target.hash, context);
  if (!problem) return;
  if (target.legacy) emit(link, "warning", `${href}: ${problem.message}, so the link leads to the old site`);
  else if (problem.broken) broken(link, problem.message);
  else emit(link, "warning", problem.message);
}

type SiteTarget = { path: string; hash: string; legacy: boolean };

/** The site path a link leads to, or undefined when it leaves the site (or is mail, phone…). */
function siteTarget(href: string, from: string): SiteTarget | undefined {
  let url: URL;
  const base = new URL(siteConfig.url);
  try {
    url = new URL(href, new URL(from, base));
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  const absolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);
  const ownHost = url.hostname === base.hostname || siteConfig.legacyHosts.includes(url.hostname);
  if (absolute && !ownHost) return undefined;
  return { path: safeDecode(url.pathname), hash: safeDecode(url.hash.slice(1)), legacy: absolute };
}

/** `broken`: readers cannot reach the target (the policy decides); otherwise they can, later. */
type Missing = { broken: boolean; message: string };

function missingTarget(path: string, hash: string, { article, site, idsByUrl, now }: LinkContext): Missing | undefined {
  if (/\.[a-z0-9]{1,5}$/i.test(path)) {
    if (site.files.has(path) || siteFile(path)) return undefined;
    return { broken: true, message: `the file ${path} is not in ${folderFor(path)}` };
  }
  const page = path.endsWith("/") ? path : `${path}/`;
  if (site.files.has(path)) return undefined;
  if (!site.pages.has(page)) {
    const hidden = site.unpublished.get(page);
    if (!hidden) return { broken: true, message: `${page} is not a page of this site` };
    // A draft links where it likes: it is checked again the day it is published.
    const source = visibilityOf(article, now);
    if (source === "draft") return undefined;
    if (visibilityOf(hidden, now) === "draft" || !isDated(hidden)) return { broken: true, message: `${page} is a draft: readers cannot follow this link` };
    // Scheduled before (or with) the target: the link works from the day the page appears.
    if (source === "scheduled" && isDated(article) && hidden.date.getTime() <= article.date.getTime()) return undefined;
    return { broken: false, message: `${page} is scheduled for ${when(hidden)}: until then this link leads nowhere` };
  }
  if (!hash) return undefined;
  const ids = idsByUrl.get(page);
  if (!ids || ids.has(hash) || LAYOUT_IDS.has(hash)) return undefined;
  return { broken: true, message: `${page} has no heading or element with the id "${hash}"` };
}

/** Where the editor must put a missing file: uploads in the content folder (`content/_uploads/`), anything else in public/. */
function folderFor(sitePath: string): string {
  return uploadKey(sitePath) ? `${displayPath(uploadsDir())}/` : "public/";
}

function when(article: DatedArticle): string {
  return article.dateHasTime ? formatDateTime(article.date) : formatDate(article.date);
}

function checkImages(report: BodyReport, emit: Emit, broken: Broken) {
  for (const image of report.images) {
    if (image.src.startsWith("/") && !image.src.startsWith("//") && !siteFile(image.src)) {
      broken(image, `the image ${image.src} is not in ${folderFor(image.src)}`);
    }
    if (image.alt === undefined) emit(image, "warning", `the image ${image.src} has no alternative text (alt)`);
    else if (image.markdownWithoutAlt) {
      emit(image, "warning", `the image ${image.src} has no alternative text: describe it between the brackets, ![like this](${image.src})`);
    }
  }
}

function checkHeadings(report: BodyReport, emit: Emit) {
  // The page's title is its h1: the body starts at h2.
  let previous = 1;
  for (const heading of report.headings) {
    if (heading.level > previous + 1) {
      emit(
        heading,
        "warning",
        `the heading « ${heading.text} » is level ${heading.level} after level ${previous}: levels must not skip (write ${"#".repeat(previous + 1)} for level ${previous + 1})`,
      );
    }
    previous = heading.level;
  }
}

function checkFrontMatter(article: Article, spot: Locate, context: LinkContext, emit: Emit, broken: Broken) {
  if (article.title.length > LIMITS.title) {
    emit(spot("title"), "warning", `the title is ${article.title.length} characters long: keep it to ${LIMITS.title} (results pages and social cards cut it)`);
  }
  const chapeau = plainText(article.chapeau);
  if (chapeau.length > LIMITS.chapeau) {
    emit(spot("chapeau-text"), "warning", `the chapeau is ${chapeau.length} characters long: keep it to ${LIMITS.chapeau} (cards and search results cut it)`);
  }
  for (const image of article.slides) {
    const where = spot(`une-ou-diaporama=${image.src}`, `une=${image.src}`, "une-ou-diaporama", "une");
    if (image.src.startsWith("/") && !image.src.startsWith("//") && !siteFile(image.src)) {
      broken(where, `the image ${image.src} is not in ${folderFor(image.src)}`);
    }
    if (!image.alt) emit(where, "warning", `the image ${image.src} has no "alternative-textuelle": describe it for people who cannot see it`);
  }
  for (const file of article.files) {
    const target = siteTarget(file.href, article.url);
    const problem = target && !target.legacy ? missingTarget(target.path, target.hash, context) : undefined;
    const where = spot(`files=${file.href}`, `communique_file=${file.href}`, "files", "communique_file");
    if (problem?.broken) broken(where, problem.message);
    else if (problem) emit(where, "warning", problem.message);
  }
}

/**
 * Spellings of one tag that differ only by case, accents, spaces or hyphens (`Open source`,
 * `open-source`, `OpenSource`): readers would find the articles split or labelled unevenly.
 */
function lookalikeTerms(checked: Checked[], key: "tags" | "categories"): ContentIssue[] {
  const groups = new Map<string, Map<string, Checked[]>>();
  for (const entry of checked) {
    for (const term of entry.article[key] as Term[]) {
      const fold = asciiSlug(term.label).replace(/-/g, "");
      const spellings = groups.get(fold) ?? new Map<string, Checked[]>();
      spellings.set(term.label, [...(spellings.get(term.label) ?? []), entry]);
      groups.set(fold, spellings);
    }
  }
  const noun = key === "tags" ? "tag" : "category";
  const issues: ContentIssue[] = [];
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    // The spelling most articles use is the reference; the others are reported where written.
    const [reference, users] = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "fr"))[0]!;
    for (const [label, entries] of spellings) {
      if (label === reference) continue;
      for (const { article, record } of entries) {
        const at = record.spots[`${key}=${label}`] ?? record.spots[key] ?? { line: 1, column: 1 };
        issues.push({
          file: article.displayPath,
          ...at,
          severity: "warning",
          message: `the ${noun} "${label}" looks like "${reference}" (${users.length} article${users.length > 1 ? "s" : ""}): write it the same way everywhere`,
        });
      }
    }
  }
  return issues;
}
