/** The import report as a person reads it on a terminal. */
import type { ImportReport } from "./import-site";

const MAX_LINES = 40;

function list(title: string, entries: [string, number][]): string[] {
  if (!entries.length) return [];
  const width = Math.max(...entries.map(([k]) => k.length));
  return [title, ...entries.sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(width)}  ${n}`)];
}

export function formatSummary(report: ImportReport, reportFile: string): string {
  const t = report.totals;
  const lines: string[] = [
    `Import of ${report.input} into ${report.out}`,
    `  ${t.written} written, ${t.unchanged} unchanged, ${t.kept} kept (changed by an editor), ${t.skipped} skipped, ${t.error} with errors`,
    "",
  ];
  lines.push(...list("Legacy patterns found:", Object.entries(report.patterns)), "");
  const changes = Object.entries(report.changes);
  lines.push(...(changes.length ? list("Changes made to bodies and front matter:", changes) : ["No change made to the texts."]), "");

  const u = report.uploads;
  lines.push(`Uploads: ${u.copied.length} copied, ${u.unchanged} unchanged${u.kept.length ? `, ${u.kept.length} kept (changed here)` : ""}, ${u.missing.length} missing`);
  for (const m of u.missing.slice(0, MAX_LINES)) lines.push(`  missing: ${m.file} (used by ${m.referencedBy.join(", ")})`);
  if (u.missing.length > MAX_LINES) lines.push(`  … and ${u.missing.length - MAX_LINES} more in ${reportFile}`);
  const created = report.redirects.filter((r) => r.created);
  lines.push("", `Redirects: ${report.redirects.length} (${created.length} created by this import)`);
  for (const r of created) lines.push(`  ${r.from} -> ${r.to}`);

  // Every error is shown; warnings up to a screenful, the rest are in the report.
  const errors = report.files.flatMap((f) => f.errors.map((e) => `${f.source}: error: ${e}`));
  const warnings = report.files.flatMap((f) => f.warnings.map((w) => `${f.source}: warning: ${w}`));
  if (errors.length || warnings.length) lines.push("", "Per file:", ...errors, ...warnings.slice(0, MAX_LINES));
  if (warnings.length > MAX_LINES) lines.push(`… and ${warnings.length - MAX_LINES} more warnings in ${reportFile}`);
  if (report.notes.length) lines.push("", "Notes:", ...report.notes.map((n) => `  ${n}`));
  lines.push("", `Full report: ${reportFile}`);
  return lines.join("\n");
}
