/**
 * Content files -> typed articles. The folder is read, parsed and validated once per process
 * (in development, again only for files whose size or time changed), and every page, feed and
 * script reads the same index.
 */
import fs from "node:fs";
import path from "node:path";
import { buildArticle } from "./article";
import { splitFile } from "./front-matter";
import { declaresDraft, frontMatterFor } from "./schema";
import { defaultSectionFolder, isSectionFolder, sectionForFolder } from "./sections";
import { jekyllSlug } from "./slug";
import type { Article, ContentIssue, Section } from "./types";
import { listUploads, sameUploads, UPLOADS_FOLDER, type Uploads } from "./upload-files";
import { contentChanges } from "./watch";
import { siteConfig } from "../../site.config";

const EXTENSIONS = new Set([".md", ".markdown", ".mdx"]);
const DRAFTS_FOLDER = "_drafts";
/**
 * Files the importer could not read as articles, kept byte for byte until an editor repairs them
 * (`_a-reparer/<section>/x.md`): read for the preview and the content check, never published.
 */
export const REPAIR_FOLDER = "_a-reparer";

export type BrokenFile = { url: string; displayPath: string; issues: ContentIssue[] };

/** A file of `_a-reparer/`: what keeps it from being an article (all warnings: it is never published). */
export type RepairFile = { displayPath: string; issues: ContentIssue[] };

export type ContentIndex = {
  dir: string;
  /** Every valid article, drafts included, newest first. Filter with the queries module. */
  articles: Article[];
  /** The files of `_uploads/`, by site path (`/uploads/x.pdf`): drafts' and scheduled articles' too. */
  uploads: Uploads;
  byUrl: Map<string, Article>;
  /** Files that could not become an article, by the URL they would have had. */
  broken: BrokenFile[];
  /** Files of `_a-reparer/`, with what is wrong with each. */
  toRepair: RepairFile[];
  issues: ContentIssue[];
};

/** The content folder: `CONTENT_DIR` (relative to the working directory) or `content/`. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || "content");
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel.split(path.sep).join("/");
}

export type FileResult = { article?: Article; issues: ContentIssue[]; url: string; displayPath: string; repair?: boolean };
type CacheEntry = { stamp: string; result: FileResult };

const fileCache = new Map<string, CacheEntry>();
let current: ContentIndex | undefined;
let lastScan = 0;
let changesAtLastScan = 0;

// In development the folder is re-scanned at most this often; files are re-read only if changed.
const DEV_RESCAN_MS = 300;

export function loadContent(): ContentIndex {
  const dir = contentDir();
  const dev = process.env.NODE_ENV === "development";
  // While the live preview watches the folder, a change it saw forces a scan at once.
  const changes = dev ? contentChanges(dir) : 0;
  const fresh = !dev || (Date.now() - lastScan < DEV_RESCAN_MS && changes === changesAtLastScan);
  if (current && current.dir === dir && fresh) return current;
  lastScan = Date.now();
  changesAtLastScan = changes;

  const found = listContentFiles(dir);
  let changed = !current || current.dir !== dir || found.length !== fileCache.size;
  const seen = new Set<string>();
  const results: FileResult[] = [];
  for (const entry of found) {
    // A file removed between the listing and now (an editor renaming it in `next dev`) is gone.
    const stat = fs.statSync(entry.file, { throwIfNoEntry: false });
    if (!stat) continue;
    seen.add(entry.file);
    const stamp = `${stat.size}:${stat.mtimeMs}:${entry.section.folder}:${entry.draft}:${entry.repairTo}`;
    const cached = fileCache.get(entry.file);
    if (cached && cached.stamp === stamp) {
      results.push(cached.result);
      continue;
    }
    changed = true;
    const read = readContentFile(entry.file, dir, entry.section, entry.draft);
    const result = entry.repairTo ? toRepair(read, entry.repairTo) : read;
    fileCache.set(entry.file, { stamp, result });
    results.push(result);
  }
  for (const file of [...fileCache.keys()]) {
    if (!seen.has(file)) {
      fileCache.delete(file);
      changed = true;
    }
  }
  const uploads = listUploads(path.join(dir, UPLOADS_FOLDER));
  if (current && !sameUploads(uploads, current.uploads)) changed = true;
  if (!changed && current) return current;
  current = buildIndex(dir, results, uploads);
  return current;
}

type FoundFile = {
  file: string;
  section: Section;
  draft: boolean;
  /** A file of `_a-reparer/`: where it goes once repaired (its path there, relative to the content folder). */
  repairTo?: string;
};

/** A content folder that is missing or is a file: no content can be read at all. */
export class ContentFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentFolderError";
  }
}

/** What is wrong with the content folder, in one line, or undefined when it can be read. */
export function contentFolderProblem(dir = contentDir()): string | undefined {
  const env = process.env.CONTENT_DIR;
  const named = !env ? `the content folder ${displayPath(dir)}` : env === dir ? `CONTENT_DIR=${env}` : `CONTENT_DIR=${env} (${dir})`;
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return `${named}, which does not exist: set CONTENT_DIR to the folder that holds your sections (actualites/, …)`;
  if (!stat.isDirectory()) return `${named}, which is a file, not a folder: set CONTENT_DIR to the folder that holds your sections (actualites/, …)`;
  return undefined;
}

function listContentFiles(dir: string): FoundFile[] {
  const problem = contentFolderProblem(dir);
  if (problem) throw new ContentFolderError(problem);
  const found: FoundFile[] = [];
  for (const top of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!top.isDirectory()) continue;
    if (top.name === DRAFTS_FOLDER) {
      // `_drafts/<section>/x.md`, or `_drafts/x.md` for the site's first section.
      const draftsDir = path.join(dir, top.name);
      for (const inner of fs.readdirSync(draftsDir, { withFileTypes: true })) {
        if (inner.isDirectory() && isSectionFolder(inner.name)) {
          walk(path.join(draftsDir, inner.name), sectionForFolder(inner.name), true, found);
        } else if (inner.isFile() && EXTENSIONS.has(path.extname(inner.name).toLowerCase())) {
          found.push({ file: path.join(draftsDir, inner.name), section: defaultSection(), draft: true });
        }
      }
      continue;
    }
    if (top.name === REPAIR_FOLDER) {
      listRepairFiles(path.join(dir, top.name), found);
      continue;
    }
    if (!isSectionFolder(top.name)) continue;
    walk(path.join(dir, top.name), sectionForFolder(top.name), false, found);
  }
  return found.sort((a, b) => (a.file < b.file ? -1 : 1));
}

function walk(folder: string, section: Section, draft: boolean, out: FoundFile[]) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, section, draft, out);
    else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      out.push({ file: full, section, draft });
    }
  }
}

/**
 * `_a-reparer/<where it goes>`: the importer keeps the path the file would have had
 * (`actualites/x.md`, `_drafts/y.md`), so it is read as it would be there, and says where to move it.
 */
function listRepairFiles(repairDir: string, out: FoundFile[], relative: string[] = []) {
  for (const entry of fs.readdirSync(path.join(repairDir, ...relative), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const parts = [...relative, entry.name];
    if (entry.isDirectory()) listRepairFiles(repairDir, out, parts);
    else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      const draft = parts[0] === DRAFTS_FOLDER;
      const folder = draft ? parts[1] : parts[0];
      const inSection = parts.length > (draft ? 2 : 1) && folder !== undefined && isSectionFolder(folder);
      out.push({
        file: path.join(repairDir, ...parts),
        section: inSection ? sectionForFolder(folder) : defaultSection(),
        draft,
        repairTo: parts.join("/"),
      });
    }
  }
}

/**
 * A file of `_a-reparer/` is never an article: what it would need to become one is reported as a
 * warning (it stops no build), and once nothing is wrong, where to move it.
 */
function toRepair(result: FileResult, destination: string): FileResult {
  const issues = result.issues.map((i): ContentIssue => ({ ...i, severity: "warning", message: result.article ? i.message : `à réparer : ${i.message}` }));
  if (result.article) {
    issues.push({
      file: result.displayPath,
      line: 1,
      column: 1,
      severity: "warning",
      message: `à réparer : this file reads correctly now: move it to ${destination} in the content folder to publish it`,
    });
  }
  return { issues, url: result.url, displayPath: result.displayPath, repair: true };
}

function defaultSection(): Section {
  return sectionForFolder(defaultSectionFolder());
}

/**
 * Reads one file into an article, or into the issues that prevent it. Never throws: one file,
 * whatever it holds, must not stop the reading of all the others.
 */
export function readContentFile(file: string, dir: string, section: Section, inDrafts: boolean): FileResult {
  try {
    return readOneFile(file, dir, section, inDrafts);
  } catch (error) {
    const shown = displayPath(file);
    const url = `/${section.path}/${jekyllSlug(path.basename(file, path.extname(file)))}/`;
    const message = `the file could not be read: ${(error as Error).message.split("\n")[0]}`;
    return { issues: [{ file: shown, line: 1, column: 1, ...unreadable(inDrafts, message) }], url, displayPath: shown };
  }
}

function readOneFile(file: string, dir: string, section: Section, inDrafts: boolean): FileResult {
  const shown = displayPath(file);
  const basename = path.basename(file, path.extname(file));
  const fallbackUrl = `/${section.path}/${jekyllSlug(basename)}/`;
  const issues: ContentIssue[] = [];
  let source: string;
  try {
    // Judged before reading: a file too large is never loaded into memory.
    const size = fs.statSync(file).size;
    const limit = siteConfig.limits.articleBytes;
    if (size > limit) throw new Error(`the file is ${megabytes(size)}, more than the ${megabytes(limit)} an article may be (limits.articleBytes in site.config.ts): not read`);
    source = decodeUtf8(fs.readFileSync(file));
  } catch (error) {
    issues.push({ file: shown, line: 1, column: 1, ...unreadable(inDrafts, (error as Error).message) });
    return { issues, url: fallbackUrl, displayPath: shown };
  }
  return readContentSource(source, file, dir, section, inDrafts);
}

/**
 * A text read as the file `file` of the content folder would be (the studio previews and checks
 * text not saved yet this way): the same section, the same draft rule, the same issues.
 */
export function readContentText(file: string, source: string, dir = contentDir()): FileResult {
  const parts = path.relative(dir, file).split(path.sep);
  const repair = parts[0] === REPAIR_FOLDER;
  const rest = repair ? parts.slice(1) : parts;
  const draft = rest[0] === DRAFTS_FOLDER;
  const folder = draft ? rest[1] : rest[0];
  const inSection = rest.length > (draft ? 2 : 1) && folder !== undefined && isSectionFolder(folder);
  const section = inSection ? sectionForFolder(folder) : defaultSection();
  const limit = siteConfig.limits.articleBytes;
  const size = Buffer.byteLength(source);
  let read: FileResult;
  try {
    if (size > limit) throw new Error(`the text is ${megabytes(size)}, more than the ${megabytes(limit)} an article may be (limits.articleBytes in site.config.ts)`);
    read = readContentSource(source, file, dir, section, draft);
  } catch (error) {
    const shown = displayPath(file);
    const url = `/${section.path}/${jekyllSlug(path.basename(file, path.extname(file)))}/`;
    return { issues: [{ file: shown, line: 1, column: 1, ...unreadable(draft, (error as Error).message.split("\n")[0]!) }], url, displayPath: shown };
  }
  return repair ? toRepair(read, rest.join("/")) : read;
}

function readContentSource(source: string, file: string, dir: string, section: Section, inDrafts: boolean): FileResult {
  const shown = displayPath(file);
  const basename = path.basename(file, path.extname(file));
  const fallbackUrl = `/${section.path}/${jekyllSlug(basename)}/`;
  const issues: ContentIssue[] = [];
  const split = splitFile(source);
  const draft = inDrafts || declaresDraft(split.data);
  for (const e of split.syntaxErrors) {
    issues.push({ file: shown, line: e.line, column: e.column, ...unreadable(draft, `front matter is not valid YAML: ${e.message}`) });
  }
  for (const e of split.refused) issues.push({ file: shown, line: e.line, column: e.column, ...unreadable(draft, e.message) });
  if (issues.length) return { issues, url: fallbackUrl, displayPath: shown };
  for (const l of split.leniencies) {
    issues.push({ file: shown, line: l.line, column: l.column, severity: "warning", message: l.message });
  }

  const parsed = frontMatterFor({ inDrafts }).safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.length ? issue.path.map(String).join(".") : "(front matter)";
      const missing = issue.path.length === 1 && split.data[String(issue.path[0])] === undefined;
      const pos = (missing ? undefined : split.locateValue(issue.path)) ?? { line: 1, column: 1 };
      const expected = describeExpected(issue.message, issue.path);
      const message = missing ? `front matter "${key}" is required: ${expected}` : `front matter "${key}": ${expected}`;
      issues.push({ file: shown, line: pos.line, column: pos.column, ...unreadable(draft, message) });
    }
    return { issues, url: fallbackUrl, displayPath: shown };
  }
  const article = buildArticle({
    id: path.relative(dir, file).split(path.sep).join("/"),
    file,
    displayPath: shown,
    format: path.extname(file).toLowerCase() === ".mdx" ? "mdx" : "md",
    section,
    basename,
    data: parsed.data,
    body: split.body,
    bodyLine: split.bodyLine,
    locate: split.locate,
    issues,
  });
  return { article, issues, url: article.url, displayPath: shown };
}

/** A draft is never a reason to stop a build: what keeps it from being read is a warning. */
function unreadable(draft: boolean, message: string): Pick<ContentIssue, "severity" | "message"> {
  return draft ? { severity: "warning", message: `${message} (a draft: à corriger avant publication)` } : { severity: "error", message };
}

/** What each key must look like, for messages where the schema can only say "Invalid input". */
const EXPECTED: Record<string, string> = {
  title: "expected a non-empty text",
  date: "expected a date like 2023-05-16 10:28:00 +02:00",
  tags: "expected a list of labels, one per line starting with « - »",
  categories: "expected a list of labels, one per line starting with « - »",
  "une-ou-diaporama": "expected a list of images, each item with « image: /uploads/… »",
  une: "expected « image: /uploads/… » and optionally « alternative-textuelle: … »",
  files: "expected a list of items with « file: /uploads/… » (or « lien: ») and « nom: … »",
  "contact-presse": "expected « name: », « tel: » and « email: » below it",
  redirect_from: "expected a path or a list of paths",
  champs_informations: "expected a list of items with « intitule: » and « contenu: »",
};

function describeExpected(message: string, path: readonly PropertyKey[]): string {
  if (!/^Invalid input/.test(message) && !/^Invalid (option|union)/.test(message)) return message;
  const key = String(path[0] ?? "");
  const received = /received (\w+)/.exec(message)?.[1];
  const base = EXPECTED[key] ?? (message.replace(/^Invalid input: /, "") || "expected text");
  return received && received !== "undefined" ? `${base} (found ${received})` : base;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("the file is not valid UTF-8 text (re-save it as UTF-8)");
  }
}

function buildIndex(dir: string, results: FileResult[], uploads: Uploads): ContentIndex {
  const issues: ContentIssue[] = [];
  const broken: BrokenFile[] = [];
  const toRepair: RepairFile[] = [];
  const byUrl = new Map<string, Article>();
  const articles: Article[] = [];
  const claimed = new Map<string, string>();
  for (const result of results) {
    issues.push(...result.issues);
    const { article } = result;
    if (result.repair) {
      toRepair.push({ displayPath: result.displayPath, issues: result.issues });
      continue;
    }
    if (!article) {
      broken.push({ url: result.url, displayPath: result.displayPath, issues: result.issues });
      continue;
    }
    const owner = claimed.get(article.url);
    if (owner) {
      const issue: ContentIssue = {
        file: article.displayPath,
        line: 1,
        column: 1,
        severity: "error",
        message: `the URL ${article.url} is already used by ${owner}: give one of them another file name, "slug" or "permalink"`,
      };
      issues.push(issue);
      broken.push({ url: article.url, displayPath: article.displayPath, issues: [issue] });
      continue;
    }
    claimed.set(article.url, article.displayPath);
    byUrl.set(article.url, article);
    articles.push(article);
  }
  for (const article of articles) {
    for (const from of article.redirectFrom) {
      const owner = claimed.get(from);
      if (owner && owner !== article.displayPath) {
        issues.push({
          file: article.displayPath,
          line: 1,
          column: 1,
          severity: "error",
          message: `redirect_from ${from} is the URL of ${owner}`,
        });
      }
    }
  }
  articles.sort(byNewest);
  return { dir, articles, uploads, byUrl, broken, toRepair, issues };
}

/** Newest first; undated pages after every dated article, by title. */
export function byNewest(a: Article, b: Article): number {
  if (a.date && b.date) return b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : 1);
  if (a.date || b.date) return a.date ? -1 : 1;
  return a.title.localeCompare(b.title, "fr") || (a.url < b.url ? -1 : 1);
}
