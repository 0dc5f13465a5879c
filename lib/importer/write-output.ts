/**
 * The import's only writes, once everything was read and checked: each article, then the
 * uploads the written articles use, then the manifest of what was written. A file changed
 * here since the last import, or not written by an import, is left as it is unless `force`.
 */
import fs from "node:fs";
import path from "node:path";
import { guard, sha256, writeAtomic, type Manifest } from "./manifest";
import type { ImportReport, Planned } from "./types";

type Output = {
  planned: Planned[];
  manifest: Manifest;
  manifestFile: string;
  publicDir: string;
  force: boolean;
  report: ImportReport;
};

/** A path as the report shows it: relative to `from` when inside it. */
export function displayRelative(from: string, file: string): string {
  const rel = path.relative(from, file);
  return (rel.startsWith("..") ? file : rel).split(path.sep).join("/");
}

export function writeOutput({ planned, manifest, manifestFile, publicDir, force, report }: Output) {
  const nextManifest: Manifest = { version: 1, files: { ...manifest.files } };
  for (const plan of planned) {
    const output = plan.output!;
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
      plan.report.status = "error";
      plan.report.errors.push(`name collision: ${plan.report.target} exists and was not written by an import (import with --force to overwrite)`);
      continue;
    }
    writeAtomic(plan.targetFile, output);
    plan.report.status = "written";
    nextManifest.files[plan.targetKey] = { source: plan.report.source, sha256: sha256(output) };
  }

  const wanted = new Map<string, { source: string; users: string[] }>();
  const missing = new Map<string, string[]>();
  for (const plan of planned) {
    if (plan.report.status === "error") continue;
    for (const [name, source] of plan.uploads) {
      const entry = wanted.get(name) ?? { source, users: [] };
      entry.users.push(plan.report.source);
      wanted.set(name, entry);
    }
    for (const name of plan.missing) missing.set(name, [...(missing.get(name) ?? []), plan.report.source]);
  }
  for (const [name, { source }] of [...wanted].sort()) {
    const target = path.join(publicDir, "uploads", ...name.split("/"));
    const key = `public:uploads/${name}`;
    const data = fs.readFileSync(source);
    if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === sha256(data)) {
      report.uploads.unchanged++;
      nextManifest.files[key] = { source: displayRelative(process.cwd(), source), sha256: sha256(data) };
      continue;
    }
    const refusal = guard(target, key, manifest, force);
    if (refusal) {
      report.uploads.kept.push(name);
      continue;
    }
    writeAtomic(target, data);
    report.uploads.copied.push(name);
    nextManifest.files[key] = { source: displayRelative(process.cwd(), source), sha256: sha256(data) };
  }
  report.uploads.missing = [...missing].sort().map(([file, referencedBy]) => ({ file: `uploads/${file}`, referencedBy: [...new Set(referencedBy)] }));
  if (planned.length || Object.keys(manifest.files).length) writeAtomic(manifestFile, `${JSON.stringify(nextManifest, null, 2)}\n`);

}
