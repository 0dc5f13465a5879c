/**
 * A Jekyll site (or one collection) -> content files and uploads of this site. Everything is
 * read and checked first; files are written only after, each one whole (temporary file and
 * rename), and a file an editor changed since the last import is kept unless `force`.
 */
import fs from "node:fs";
import path from "node:path";
import { buildArticle } from "@/lib/content/article";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent, REPAIR_FOLDER } from "@/lib/content/load";
import { frontMatterFor } from "@/lib/content/schema";
import { defaultSectionFolder, sectionForFolder } from "@/lib/content/sections";
import { joinSource, splitSource } from "@/lib/content/split-source";
import type { ContentIssue } from "@/lib/content/types";
import { UPLOADS_FOLDER } from "@/lib/content/upload-files";
import { indentQuotedContinuations } from "@/lib/content/yaml-leniency";
import { prepareSource } from "@/lib/markdown/pipeline";
import { SITE_PAGES } from "@/lib/site-pages";
import { categoryUrl, tagUrl } from "@/lib/urls";
import { siteConfig } from "@/site.config";
import { importBody, rewriteAddress, type BodyContext } from "./body";
import {
  addRedirects,
  booleanEdits,
  frontMatterUploads,
  isMapping,
  replaceScalars,
  type ScalarEdit,
} from "./front-matter-edits";
import { dateAdded, gitRoot } from "./git-dates";
import { CONTENT_EXTENSIONS, readJekyllSite, type JekyllSite } from "./jekyll-site";
import { MANIFEST_NAME, readManifest, type Manifest } from "./manifest";
import { countPatterns } from "./patterns";
import { jekyllUrl } from "./permalinks";
import { isSymlink, otherFileReason, sourceTree, symlinkReason, walk } from "./source-tree";
import type { DeadLink, FileReport, ImportOptions, ImportReport, Planned, Quarantined, UndatedDocument } from "./types";
import { UploadsFolder } from "./uploads";
import { displayRelative, writeOutput, type UploadSources } from "./write-output";

// Files of the site that are no upload (`/favicon.ico`): links to them are not dead.
const PUBLIC_DIR = path.resolve("public");

export type { FileReport, ImportOptions, ImportReport } from "./types";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Imports a Jekyll site. Nothing the old repository holds is dropped: every file of its tree ends
 * up imported (or unchanged, or kept as an editor changed it), quarantined in `_a-reparer/` with
 * what keeps it from being an article, or listed with why it is no article; `report.accounting`
 * adds up to the number of files.
 */
export function importSite(options: ImportOptions): ImportReport {
  const site = readJekyllSite(options.input, options.uploads);
  const out = path.resolve(options.out);
  // Uploads live with the content (lib/content/uploads-dir.ts): `<out>/_uploads/`.
  const uploadsOut = path.join(out, UPLOADS_FOLDER);
  const manifestFile = path.join(out, MANIFEST_NAME);
  const manifest: Manifest = readManifest(manifestFile);
  const hosts = [...new Set([...site.hosts, ...siteConfig.legacyHosts].map((h) => h.toLowerCase()))];
  const uploadsFolder = new UploadsFolder(site.uploadsDir);
  const report: ImportReport = {
    input: options.input,
    out: options.out,
    files: [],
    totals: { written: 0, unchanged: 0, kept: 0, quarantined: 0, "not-article": 0 },
    patterns: {},
    changes: {},
    uploads: { copied: [], unchanged: 0, kept: [], unused: [], missing: [] },
    others: [],
    skipped: [],
    undated: [],
    deadLinks: [],
    redirects: [],
    notes: [...site.notes],
    accounting: { sourceFiles: 0, articles: { written: 0, unchanged: 0, kept: 0 }, quarantined: 0, uploads: { copied: 0, unchanged: 0, kept: 0 }, notArticles: 0 },
  };
  if (!site.uploadsDir) report.notes.push("no uploads folder found (uploads/ or _uploads/): pass --uploads <folder> to copy images and documents");

  // Articles already in the content folder that this import did not write: links may lead to them,
  // and an imported file must not take their address.
  const existing = new Map<string, string>();
  if (fs.existsSync(out)) {
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = out;
    try {
      for (const article of loadContent().articles) {
        const key = `content:${article.id}`;
        if (!manifest.files[key]) existing.set(article.url, article.displayPath);
      }
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  }

  // 1. Read and check every document; what cannot be an article is quarantined, whole.
  const planned: Planned[] = [];
  const quarantined: Quarantined[] = [];
  const byTarget = new Map<string, Planned>();
  const byUrl = new Map<string, Planned>();
  const quarantine = (fileReport: FileReport, bytes: Buffer, targetRel: string, reason: string) => {
    fileReport.status = "quarantined";
    fileReport.reason = reason;
    const repairRel = `${REPAIR_FOLDER}/${targetRel}`;
    fileReport.target = displayRelative(process.cwd(), path.join(out, repairRel));
    quarantined.push({
      report: fileReport,
      bytes,
      targetKey: `content:${repairRel}`,
      targetFile: path.join(out, repairRel),
      articleFile: path.join(out, targetRel),
      uploads: new Map(),
      missing: [],
    });
  };
  for (const collection of site.collections) {
    const section = sectionForFolder(collection.section === "_drafts" ? defaultSectionFolder() : collection.section);
    for (const relative of walk(collection.dir)) {
      const sourceFile = path.join(collection.dir, relative);
      const fileReport: FileReport = { source: displayRelative(site.root, sourceFile), status: "not-article", warnings: [], errors: [] };
      report.files.push(fileReport);
      if (isSymlink(sourceFile)) {
        fileReport.reason = symlinkReason(sourceFile);
        report.skipped.push({ file: fileReport.source, reason: fileReport.reason });
        continue;
      }
      if (!CONTENT_EXTENSIONS.test(relative)) {
        fileReport.reason = /\.html?$/i.test(relative)
          ? "an HTML document: not imported (copy its text into a .md file)"
          : "not a Markdown document (an image, a data file…): not imported; an article that uses it should link to a copy in uploads/";
        continue;
      }
      const targetRel = `${collection.section}/${relative}`;
      const bytes = fs.readFileSync(sourceFile);
      let text: string;
      try {
        text = STRICT_UTF8.decode(bytes);
      } catch {
        fileReport.errors.push("not UTF-8 text: re-save the file as UTF-8 (it is probably Latin-1 or Windows-1252), then move it back to its section");
        quarantine(fileReport, bytes, targetRel, "not UTF-8 text");
        continue;
      }
      if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
        fileReport.reason = "no front matter: Jekyll published it as a plain file, not as an article; not imported";
        continue;
      }
      const parts = splitSource(text);
      if (!parts) {
        fileReport.errors.push("1:1: the front matter is not closed: no line « --- » ends it");
        quarantine(fileReport, bytes, targetRel, "front matter not closed");
        continue;
      }
      const split = splitFile(text);
      if (split.refused.length) {
        // Too deep or too many aliases to read safely: kept as it is for an editor to look at.
        for (const e of split.refused) fileReport.errors.push(`${e.line}:${e.column}: ${e.message}`);
        quarantine(fileReport, bytes, targetRel, "front matter too costly to read");
        continue;
      }
      if (split.syntaxErrors.length || !isMapping(parts.yaml)) {
        for (const e of split.syntaxErrors) fileReport.errors.push(`${e.line}:${e.column}: front matter is not valid YAML: ${e.message}`);
        if (!split.syntaxErrors.length) fileReport.errors.push("1:1: front matter is not a list of keys and values");
        quarantine(fileReport, bytes, targetRel, "front matter that does not parse");
        continue;
      }
      const fixes = booleanEdits(split.data);
      const data = { ...split.data };
      for (const fix of fixes) data[String(fix.path[0])] = fix.value;
      const parsed = frontMatterFor({ inDrafts: collection.section === "_drafts" }).safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = issue.path.map(String).join(".") || "(front matter)";
          const pos = split.locateValue(issue.path) ?? { line: 1, column: 1 };
          fileReport.errors.push(`${pos.line}:${pos.column}: front matter "${key}": ${issue.message}`);
        }
        quarantine(fileReport, bytes, targetRel, "front matter the site cannot read");
        continue;
      }
      const basename = path.basename(relative).replace(CONTENT_EXTENSIONS, "");
      const issues: ContentIssue[] = [];
      const article = buildArticle({
        id: targetRel,
        file: path.join(out, targetRel),
        displayPath: targetRel,
        format: /\.mdx$/i.test(relative) ? "mdx" : "md",
        section,
        basename,
        data: parsed.data,
        body: split.body,
        bodyLine: split.bodyLine,
        locate: split.locate,
        issues,
      });
      const plan: Planned = {
        report: fileReport,
        collection,
        relative,
        jekyllPath: `_${collection.name}/${relative}`,
        text,
        data: split.data,
        parts,
        article,
        targetKey: `content:${targetRel}`,
        targetFile: path.join(out, targetRel),
        uploads: new Map(),
        missing: [],
        dead: [],
        addedRedirects: [],
      };
      fileReport.target = displayRelative(process.cwd(), plan.targetFile);
      fileReport.url = article.url;
      for (const fix of fixes) fileReport.warnings.push(`front matter "${fix.path[0]}" written as ${String(fix.value)} (it was text)`);
      for (const l of split.leniencies) fileReport.warnings.push(`${l.line}:${l.column}: front matter line indented (Jekyll accepted it unindented)`);
      // What the content check will say about the front matter (unknown keys, a draft to complete, an undated page).
      for (const i of issues) fileReport.warnings.push(`${i.line ?? 1}:${i.column ?? 1}: ${i.message}`);

      const sameTarget = byTarget.get(targetRel.toLowerCase());
      const sameUrl = byUrl.get(article.url);
      const taken = existing.get(article.url);
      if (sameTarget || sameUrl || taken) {
        const other = sameTarget?.report.source ?? sameUrl?.report.source ?? taken;
        fileReport.errors.push(
          sameTarget
            ? `name collision: ${other} is imported to the same file ${targetRel}`
            : `name collision: ${other} already has the address ${article.url} (give this file another name, "slug" or "permalink", then move it back)`,
        );
        fileReport.url = undefined;
        quarantine(fileReport, bytes, targetRel, "name collision");
        continue;
      }
      byTarget.set(targetRel.toLowerCase(), plan);
      byUrl.set(article.url, plan);
      planned.push(plan);
    }
  }

  // 2. What the site will serve, for links and {% link %}.
  const pages = new Set<string>(["/", "/tags/", "/categories/", "/recherche/", ...SITE_PAGES.map((p) => `/${p.slug}/`), ...existing.keys()]);
  const sourcePaths = new Map<string, string>();
  for (const plan of planned) {
    pages.add(plan.article.url);
    pages.add(`/${plan.article.section.path}/`);
    for (const t of plan.article.tags) pages.add(tagUrl(t.slug));
    for (const c of plan.article.categories) pages.add(categoryUrl(c.slug));
    for (const from of plan.article.redirectFrom) pages.add(from);
    sourcePaths.set(plan.jekyllPath, plan.article.url);
    sourcePaths.set(plan.jekyllPath.replace(CONTENT_EXTENSIONS, ""), plan.article.url);
  }
  const redirectTargets = new Map<string, string>();
  const context: BodyContext = {
    hosts,
    baseurl: site.baseurl,
    linkTarget: (p) => {
      const cleaned = p.trim().replace(/^\/+/, "");
      return sourcePaths.get(cleaned) ?? sourcePaths.get(cleaned.replace(CONTENT_EXTENSIONS, ""));
    },
    pageExists: (p) => pages.has(p),
    redirectTarget: (p) => redirectTargets.get(p),
    fileExists: (p) => {
      const parts = p.split("/").filter(Boolean);
      return parts[0] === "uploads" ? isFile(path.join(uploadsOut, ...parts.slice(1))) : isFile(path.join(PUBLIC_DIR, ...parts));
    },
    uploads: uploadsFolder,
  };

  // 3. Old addresses: when a collection's permalink pattern gave another address, it redirects.
  const unknownPatterns = new Set<string>();
  for (const plan of planned) {
    // The old address, when the collection's permalink pattern gave another one.
    if (plan.collection.permalink && !plan.article.redirectTo && !plan.data.permalink) {
      const old = jekyllUrl(plan.collection.permalink, {
        collection: plan.collection.name,
        path: plan.relative.replace(CONTENT_EXTENSIONS, ""),
        date: plan.article.date,
        categories: plan.article.categories.map((c) => c.label),
        slug: typeof plan.data.slug === "string" ? plan.data.slug : undefined,
      });
      if (!old) unknownPatterns.add(`${plan.collection.name}: ${plan.collection.permalink}`);
      else if (/\.html?$/i.test(old)) unknownPatterns.add(`${plan.collection.name}: ${plan.collection.permalink} (addresses ending in .html are not redirected)`);
      else if (old !== plan.article.url && !plan.article.redirectFrom.includes(old) && !pages.has(old)) {
        plan.addedRedirects.push(old);
        pages.add(old);
      }
    }
    for (const from of [...plan.article.redirectFrom, ...plan.addedRedirects]) redirectTargets.set(from, plan.article.url);
  }
  for (const pattern of unknownPatterns) report.notes.push(`old addresses could not be computed for collection ${pattern}: no redirect added`);

  // 4. The new text of each file.
  for (const plan of planned) {
    const body = importBody(plan.parts.body, context);
    countPatterns(plan.parts.body, report.patterns);
    for (const [kind, n] of Object.entries(body.changes)) report.changes[kind] = (report.changes[kind] ?? 0) + n;
    const bodyLine = plan.text.slice(0, plan.text.length - plan.parts.body.length).split("\n").length;
    for (const note of body.notes) plan.report.warnings.push(`${bodyLine + note.line - 1}: ${note.message}`);
    for (const [name, source] of body.uploads) plan.uploads.set(name, source);
    plan.missing.push(...body.missing);
    plan.dead.push(...body.dead);
    // Files the lede links to are copied too (the lede itself is front matter: left as written).
    const chapeau = plan.data["chapeau-text"];
    if (typeof chapeau === "string") {
      const lede = importBody(chapeau, context);
      for (const [name, source] of lede.uploads) plan.uploads.set(name, source);
      for (const name of lede.missing) if (!plan.missing.includes(name)) plan.missing.push(name);
    }

    let yaml = plan.parts.yaml;
    const repair = indentQuotedContinuations(yaml);
    if (repair && splitFile(`---\n${repair.text}---\n`).syntaxErrors.length === 0) yaml = repair.text;
    const edits: ScalarEdit[] = booleanEdits(plan.data);
    const collect = { uploads: plan.uploads, missing: plan.missing, changes: report.changes };
    for (const ref of frontMatterUploads(plan.data)) {
      const replacement = rewriteAddress(ref.value, context, collect);
      if (replacement && replacement.url !== ref.value) {
        edits.push({ path: ref.path, value: replacement.url });
        plan.report.warnings.push(`front matter "${ref.path.join(".")}" written as ${replacement.url}`);
      }
    }
    yaml = replaceScalars(yaml, edits);

    yaml = addRedirects(yaml, plan.addedRedirects);

    plan.output = joinSource({ ...plan.parts, yaml, body: body.text });
    for (const f of prepareSource(body.text, { format: plan.article.format, target: "html" }).findings) {
      plan.report.warnings.push(`${bodyLine + f.line - 1}: ${f.message}`);
    }
    for (const from of plan.article.redirectFrom) report.redirects.push({ from, to: plan.article.url, source: plan.report.source, created: false });
    for (const from of plan.addedRedirects) report.redirects.push({ from, to: plan.article.url, source: plan.report.source, created: true });
    if (plan.article.redirectTo) report.redirects.push({ from: plan.article.url, to: plan.article.redirectTo, source: plan.report.source, created: false });
  }

  // A quarantined body's uploads are copied too: the article finds them once repaired.
  for (const q of quarantined) {
    const text = decodeOrUndefined(q.bytes);
    if (text === undefined) continue;
    const found = importBody(text, context);
    for (const [name, source] of found.uploads) q.uploads.set(name, source);
    q.missing.push(...found.missing);
  }

  // 5. Write: articles, quarantined files, then the uploads they use, then the manifest.
  const uploadSources = writeOutput({ planned, quarantined, manifest, manifestFile, uploadsOut, force: !!options.force, report });

  for (const file of report.files) report.totals[file.status]++;
  report.undated = undatedDocuments(planned, site.root);
  report.deadLinks = deadLinks(planned, report.uploads.missing);
  account(report, site, uploadSources);
  return report;
}

function decodeOrUndefined(bytes: Buffer): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Published documents imported without a date, with the date their file was added to the old repository. */
function undatedDocuments(planned: Planned[], root: string): UndatedDocument[] {
  const undated = planned.filter((p) => !p.article.draft && !p.article.date && ["written", "unchanged", "kept"].includes(p.report.status));
  if (!undated.length) return [];
  const repository = gitRoot(root);
  return undated.map((p) => {
    const addedOn = repository ? dateAdded(repository, path.join(p.collection.dir, p.relative)) : undefined;
    return { source: p.report.source, target: p.report.target!, url: p.article.url, ...(addedOn ? { addedOn } : {}) };
  });
}

/** Links of the imported articles whose target did not come with them, by target (most linked first). */
function deadLinks(planned: Planned[], missingUploads: ImportReport["uploads"]["missing"]): DeadLink[] {
  const byTarget = new Map<string, DeadLink>();
  const add = (target: string, kind: DeadLink["kind"], from: string) => {
    const entry = byTarget.get(target) ?? { target, kind, from: [] };
    if (!entry.from.includes(from)) entry.from.push(from);
    byTarget.set(target, entry);
  };
  for (const plan of planned) for (const d of plan.dead) add(d.target, d.kind, plan.report.source);
  for (const m of missingUploads) for (const from of m.referencedBy) add(`/${m.file}`, "file", from);
  return [...byTarget.values()].sort((a, b) => b.from.length - a.from.length || (a.target < b.target ? -1 : 1));
}

/**
 * Every file of the source tree in exactly one count: articles and quarantined files from the
 * collections' reports, uploads from what was copied, everything else listed with why.
 */
function account(report: ImportReport, site: JekyllSite, uploadSources: UploadSources) {
  const roots = [site.inputDir, ...(site.uploadsDir ? [site.uploadsDir] : [])];
  const files = sourceTree(roots);
  const inCollections = new Set<string>();
  for (const collection of site.collections) for (const rel of walk(collection.dir)) inCollections.add(path.join(collection.dir, ...rel.split("/")));
  const uploads = site.uploadsDir ? new Set(sourceTree([site.uploadsDir])) : new Set<string>();
  const a = report.accounting;
  a.sourceFiles = files.length;
  for (const f of report.files) {
    if (f.status === "written" || f.status === "unchanged" || f.status === "kept") a.articles[f.status]++;
    else if (f.status === "quarantined") a.quarantined++;
    else a.notArticles++;
  }
  for (const file of files) {
    if (inCollections.has(file)) continue;
    if (isSymlink(file)) {
      const skipped = { file: displayRelative(site.root, file), reason: symlinkReason(file) };
      report.others.push(skipped);
      report.skipped.push(skipped);
      a.notArticles++;
      continue;
    }
    if (uploads.has(file)) {
      const outcome = uploadSources.get(file);
      if (outcome) a.uploads[outcome]++;
      else {
        report.uploads.unused.push(displayRelative(site.uploadsDir!, file));
        a.notArticles++;
      }
      continue;
    }
    report.others.push({ file: displayRelative(site.root, file), reason: otherFileReason(displayRelative(site.inputDir, file)) });
    a.notArticles++;
  }
}
