/**
 * A Jekyll site (or one collection) -> content files and uploads of this site. Everything is
 * read and checked first; files are written only after, each one whole (temporary file and
 * rename), and a file an editor changed since the last import is kept unless `force`.
 */
import fs from "node:fs";
import path from "node:path";
import { buildArticle } from "@/lib/content/article";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { frontMatterSchema, IGNORED_KEYS, KNOWN_KEYS } from "@/lib/content/schema";
import { defaultSectionFolder, sectionForFolder } from "@/lib/content/sections";
import { joinSource, splitSource } from "@/lib/content/split-source";
import { indentQuotedContinuations } from "@/lib/content/yaml-leniency";
import { prepareSource } from "@/lib/markdown/pipeline";
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
import { CONTENT_EXTENSIONS, isDirectory, readJekyllSite } from "./jekyll-site";
import { MANIFEST_NAME, readManifest, type Manifest } from "./manifest";
import { countPatterns } from "./patterns";
import { jekyllUrl } from "./permalinks";
import type { FileReport, ImportOptions, ImportReport, Planned } from "./types";
import { UploadsFolder } from "./uploads";
import { displayRelative, writeOutput } from "./write-output";

export type { FileReport, ImportOptions, ImportReport } from "./types";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

function walk(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (isDirectory(path.join(dir, entry.name))) out.push(...walk(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}


export function importSite(options: ImportOptions): ImportReport {
  const site = readJekyllSite(options.input, options.uploads);
  const out = path.resolve(options.out);
  const publicDir = path.resolve(options.publicDir);
  const manifestFile = path.join(out, MANIFEST_NAME);
  const manifest: Manifest = readManifest(manifestFile);
  const hosts = [...new Set([...site.hosts, ...siteConfig.legacyHosts].map((h) => h.toLowerCase()))];
  const uploadsFolder = new UploadsFolder(site.uploadsDir);
  const report: ImportReport = {
    input: options.input,
    out: options.out,
    files: [],
    totals: { written: 0, unchanged: 0, kept: 0, error: 0, skipped: 0 },
    patterns: {},
    changes: {},
    uploads: { copied: [], unchanged: 0, kept: [], missing: [] },
    redirects: [],
    notes: [...site.notes],
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

  // 1. Read and check every document.
  const planned: Planned[] = [];
  const byTarget = new Map<string, Planned>();
  const byUrl = new Map<string, Planned>();
  for (const collection of site.collections) {
    const section = sectionForFolder(collection.section === "_drafts" ? defaultSectionFolder() : collection.section);
    for (const relative of walk(collection.dir)) {
      const sourceFile = path.join(collection.dir, relative);
      const html = /\.html?$/i.test(relative);
      if (!CONTENT_EXTENSIONS.test(relative) && !html) continue;
      const fileReport: FileReport = { source: displayRelative(site.root, sourceFile), status: "skipped", warnings: [], errors: [] };
      report.files.push(fileReport);
      if (html) {
        fileReport.warnings.push("an HTML document: not imported (copy its text into a .md file)");
        continue;
      }
      let text: string;
      try {
        text = STRICT_UTF8.decode(fs.readFileSync(sourceFile));
      } catch {
        fileReport.status = "error";
        fileReport.errors.push("not UTF-8 text: re-save the file as UTF-8 (it is probably Latin-1 or Windows-1252), then import again");
        continue;
      }
      const parts = splitSource(text);
      if (!parts) {
        fileReport.warnings.push("no front matter: Jekyll published it as a plain file, not as an article; not imported");
        continue;
      }
      const split = splitFile(text);
      if (split.syntaxErrors.length || !isMapping(parts.yaml)) {
        fileReport.status = "error";
        for (const e of split.syntaxErrors) fileReport.errors.push(`${e.line}:${e.column}: front matter is not valid YAML: ${e.message}`);
        if (!split.syntaxErrors.length) fileReport.errors.push("front matter is not a list of keys and values");
        continue;
      }
      const fixes = booleanEdits(split.data);
      const data = { ...split.data };
      for (const fix of fixes) data[String(fix.path[0])] = fix.value;
      const parsed = frontMatterSchema.safeParse(data);
      if (!parsed.success) {
        fileReport.status = "error";
        for (const issue of parsed.error.issues) {
          const key = issue.path.map(String).join(".") || "(front matter)";
          const pos = split.locateValue(issue.path) ?? { line: 1, column: 1 };
          fileReport.errors.push(`${pos.line}:${pos.column}: front matter "${key}": ${issue.message}`);
        }
        continue;
      }
      const basename = path.basename(relative).replace(CONTENT_EXTENSIONS, "");
      const targetRel = `${collection.section}/${relative}`;
      const article = buildArticle({
        id: targetRel,
        file: path.join(out, targetRel),
        displayPath: targetRel,
        format: /\.mdx$/i.test(relative) ? "mdx" : "md",
        section,
        basename,
        inDrafts: collection.section === "_drafts",
        data: parsed.data,
        body: split.body,
        bodyLine: split.bodyLine,
        locate: split.locate,
        issues: [],
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
        addedRedirects: [],
      };
      fileReport.target = displayRelative(process.cwd(), plan.targetFile);
      fileReport.url = article.url;
      for (const fix of fixes) fileReport.warnings.push(`front matter "${fix.path[0]}" written as ${String(fix.value)} (it was text)`);
      for (const l of split.leniencies) fileReport.warnings.push(`${l.line}:${l.column}: front matter line indented (Jekyll accepted it unindented)`);
      for (const key of Object.keys(split.data)) {
        if (IGNORED_KEYS.has(key)) fileReport.warnings.push(`front matter "${key}" is a Jekyll presentation key: kept, no effect here`);
        else if (!KNOWN_KEYS.has(key)) fileReport.warnings.push(`front matter "${key}" is not a known key: kept, not shown`);
      }

      const sameTarget = byTarget.get(targetRel.toLowerCase());
      const sameUrl = byUrl.get(article.url);
      const taken = existing.get(article.url);
      if (sameTarget || sameUrl || taken) {
        fileReport.status = "error";
        const other = sameTarget?.report.source ?? sameUrl?.report.source ?? taken;
        fileReport.errors.push(
          sameTarget
            ? `name collision: ${other} is imported to the same file ${targetRel}`
            : `name collision: ${other} already has the address ${article.url} (give this file another name, "slug" or "permalink")`,
        );
        continue;
      }
      byTarget.set(targetRel.toLowerCase(), plan);
      byUrl.set(article.url, plan);
      planned.push(plan);
    }
  }

  // 2. What the site will serve, for links and {% link %}.
  const pages = new Set<string>(["/", ...existing.keys()]);
  const sourcePaths = new Map<string, string>();
  for (const plan of planned) {
    pages.add(plan.article.url);
    pages.add(`/${plan.article.section.path}/`);
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

  // 5. Write: articles, then the uploads they use, then the manifest.
  writeOutput({ planned, manifest, manifestFile, publicDir, force: !!options.force, report });

  for (const file of report.files) report.totals[file.status]++;
  return report;
}
