/**
 * The import's only writes, once everything was read and checked: each article, each file to
 * repair (byte for byte, in `_a-reparer/`), then the uploads they use, then the manifest of what
 * was written. A file changed here since the last import, or not written by an import, is left as
 * it is unless `force`.
 */
import fs from "node:fs";
import path from "node:path";
import { REPAIR_FOLDER } from "@/lib/content/load";
import { UPLOADS_FOLDER } from "@/lib/content/upload-files";
import { writeAtomic } from "@/lib/files/write-atomic";
import { guard, linkOnTheWay, sha256, type Manifest } from "./manifest";
import type { ImportReport, Planned, Quarantined } from "./types";

/** What became of each file of the old uploads folder that an article uses, by its path. */
export type UploadSources = Map<string, "copied" | "unchanged" | "kept">;

type Output = {
  planned: Planned[];
  quarantined: Quarantined[];
  manifest: Manifest;
  manifestFile: string;
  /** `<out>/_uploads/`. */
  uploadsOut: string;
  force: boolean;
  report: ImportReport;
};

/** A path as the report shows it: relative to `from` when inside it. */
export function displayRelative(from: string, file: string): string {
  const rel = path.relative(from, file);
  return (rel.startsWith("..") ? file : rel).split(path.sep).join("/");
}

export function writeOutput({ planned, quarantined, manifest, manifestFile, uploadsOut, force, report }: Output): UploadSources {
  const nextManifest: Manifest = { version: 1, files: { ...manifest.files } };
  const contentRoot = path.dirname(manifestFile);
  /** A target behind a symbolic link: not read, not written, listed (its source still counts as kept). */
  const blocked = (root: string, target: string, source: string, warnings?: string[]) => {
    const problem = linkOnTheWay(root, target);
    if (!problem) return false;
    warnings?.push(problem);
    report.skipped.push({ file: source, reason: problem });
    return true;
  };
  for (const plan of planned) {
    const output = plan.output!;
    if (blocked(contentRoot, plan.targetFile, plan.report.source, plan.report.errors)) {
      plan.report.status = "kept";
      continue;
    }
    const current = fs.existsSync(plan.targetFile) ? fs.readFileSync(plan.targetFile) : undefined;
    if (current && sha256(current) === sha256(output)) {
      plan.report.status = "unchanged";
      nextManifest.files[plan.targetKey] = { source: plan.report.source, sha256: sha256(output) };
      continue;
    }
    const refusal = guard(plan.targetFile, plan.targetKey, manifest, force);
    if (refusal === "changed") {
      plan.report.status = "kept";
      plan.report.warnings.push("changed by an editor since the last import: kept (import with --force to overwrite)");
      continue;
    }
    if (refusal === "foreign") {
      // The file in the way stays; the imported text is kept aside, whole, for an editor to compare.
      plan.report.errors.push(`name collision: ${plan.report.target} exists and was not written by an import (import with --force to overwrite it)`);
      const bytes = Buffer.from(output);
      const repairRel = path.relative(path.dirname(manifestFile), plan.targetFile).split(path.sep).join("/");
      quarantined.push({
        report: plan.report,
        bytes,
        targetKey: `content:${REPAIR_FOLDER}/${repairRel}`,
        targetFile: path.join(path.dirname(manifestFile), REPAIR_FOLDER, repairRel),
        articleFile: plan.targetFile,
        uploads: plan.uploads,
        missing: plan.missing,
      });
      plan.report.status = "quarantined";
      plan.report.reason = "name collision";
      plan.report.url = undefined;
      continue;
    }
    writeAtomic(plan.targetFile, output);
    plan.report.status = "written";
    nextManifest.files[plan.targetKey] = { source: plan.report.source, sha256: sha256(output) };
  }

  for (const q of quarantined) {
    q.report.target = displayRelative(process.cwd(), q.targetFile);
    if (blocked(contentRoot, q.targetFile, q.report.source, q.report.errors)) continue;
    if (q.report.reason !== "name collision" && fs.existsSync(q.articleFile)) {
      // An editor repaired it and moved it to its section: that copy is the article now.
      q.report.status = "kept";
      q.report.target = displayRelative(process.cwd(), q.articleFile);
      q.report.warnings.push("repaired by an editor: the copy in its section is kept (the old file still cannot be read as an article)");
      continue;
    }
    const current = fs.existsSync(q.targetFile) ? fs.readFileSync(q.targetFile) : undefined;
    if (current && sha256(current) === sha256(q.bytes)) {
      nextManifest.files[q.targetKey] = { source: q.report.source, sha256: sha256(q.bytes) };
      continue;
    }
    const refusal = guard(q.targetFile, q.targetKey, manifest, force);
    if (refusal) {
      // Being repaired where it is: the editor's version stays.
      q.report.status = "kept";
      q.report.warnings.push(`changed by an editor in ${REPAIR_FOLDER}/ since the last import: kept (import with --force to overwrite)`);
      continue;
    }
    writeAtomic(q.targetFile, q.bytes);
    nextManifest.files[q.targetKey] = { source: q.report.source, sha256: sha256(q.bytes) };
  }

  const wanted = new Map<string, { source: string; users: string[] }>();
  const missing = new Map<string, string[]>();
  for (const plan of [...planned, ...quarantined]) {
    for (const [name, source] of plan.uploads) {
      const entry = wanted.get(name) ?? { source, users: [] };
      entry.users.push(plan.report.source);
      wanted.set(name, entry);
    }
    for (const name of plan.missing) missing.set(name, [...(missing.get(name) ?? []), plan.report.source]);
  }
  const outcomes: UploadSources = new Map();
  for (const [name, { source }] of [...wanted].sort()) {
    const target = path.join(uploadsOut, ...name.split("/"));
    const key = `${UPLOADS_FOLDER}/${name}`;
    // `_uploads/` is inside the content folder: a link on the way there (the folder itself included) is refused.
    if (blocked(contentRoot, target, displayRelative(process.cwd(), source))) {
      report.uploads.kept.push(name);
      outcomes.set(source, "kept");
      continue;
    }
    const data = fs.readFileSync(source);
    if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === sha256(data)) {
      report.uploads.unchanged++;
      outcomes.set(source, "unchanged");
      nextManifest.files[key] = { source: displayRelative(process.cwd(), source), sha256: sha256(data) };
      continue;
    }
    const refusal = guard(target, key, manifest, force);
    if (refusal) {
      report.uploads.kept.push(name);
      outcomes.set(source, "kept");
      continue;
    }
    writeAtomic(target, data);
    report.uploads.copied.push(name);
    outcomes.set(source, "copied");
    nextManifest.files[key] = { source: displayRelative(process.cwd(), source), sha256: sha256(data) };
  }
  report.uploads.missing = [...missing].sort().map(([file, referencedBy]) => ({ file: `uploads/${file}`, referencedBy: [...new Set(referencedBy)] }));
  const writeManifest = planned.length || quarantined.length || Object.keys(manifest.files).length;
  if (writeManifest && !blocked(contentRoot, manifestFile, "import manifest")) writeAtomic(manifestFile, `${JSON.stringify(nextManifest, null, 2)}\n`);
  return outcomes;
}
