/** The import report as a person reads it on a terminal. */
import type { ImportReport } from "./import-site";

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
  for (const m of u.missing) lines.push(`  missing: ${m.file} (used by ${m.referencedBy.join(", ")})`);
  const created = report.redirects.filter((r) => r.created);
  lines.push("", `Redirects: ${report.redirects.length} (${created.length} created by this import)`);
  for (const r of created) lines.push(`  ${r.from} -> ${r.to}`);

  const withProblems = report.files.filter((f) => f.errors.length || f.warnings.length);
  if (withProblems.length) lines.push("", "Per file:");
  for (const file of withProblems) {
    for (const e of file.errors) lines.push(`${file.source}: error: ${e}`);
    for (const w of file.warnings) lines.push(`${file.source}: warning: ${w}`);
  }
  if (report.notes.length) lines.push("", "Notes:", ...report.notes.map((n) => `  ${n}`));
  lines.push("", `Full report: ${reportFile}`);
  return lines.join("\n");
}
