/** The import report as a person reads it on a terminal. */
import { REPAIR_FOLDER } from "@/lib/content/load";
import type { ImportReport } from "./import-site";

const MAX_LINES = 40;

function list(title: string, entries: [string, number][]): string[] {
  if (!entries.length) return [];
  const width = Math.max(...entries.map(([k]) => k.length));
  return [title, ...entries.sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(width)}  ${n}`)];
}

function more(total: number, shown: number, what: string, reportFile: string): string[] {
  return total > shown ? [`  … and ${total - shown} more ${what} in ${reportFile}`] : [];
}

/** Every file of the source tree in one count, and the sum that proves none was left out. */
export function formatAccounting(report: ImportReport): string[] {
  const a = report.accounting;
  const inCollections = report.totals["not-article"];
  const unused = report.uploads.unused.length;
  const others = report.others.length;
  const parts = [a.articles.written, a.articles.unchanged, a.articles.kept, a.quarantined, a.uploads.copied, a.uploads.unchanged, a.uploads.kept, a.notArticles];
  const sum = parts.reduce((x, y) => x + y, 0);
  return [
    `${a.sourceFiles} files in the source tree:`,
    `  articles       ${a.articles.written} written, ${a.articles.unchanged} unchanged, ${a.articles.kept} kept (changed by an editor)`,
    `  to repair      ${a.quarantined} quarantined in ${report.out}/${REPAIR_FOLDER}/ (never published)`,
    `  uploads        ${a.uploads.copied} copied, ${a.uploads.unchanged} unchanged, ${a.uploads.kept} kept (changed here)`,
    `  not articles   ${a.notArticles}: ${inCollections} in collections, ${unused} uploads no article uses (not copied), ${others} other files (templates, configuration…)`,
    `  ${parts.join(" + ")} = ${sum}${sum === a.sourceFiles ? "" : ` (≠ ${a.sourceFiles}: please report this)`}`,
  ];
}

export function formatSummary(report: ImportReport, reportFile: string): string {
  const lines: string[] = [`Import of ${report.input} into ${report.out}`, ...formatAccounting(report), ""];

  if (report.skipped.length) {
    lines.push(`Skipped (${report.skipped.length}): symbolic links are never followed nor written through:`);
    for (const s of report.skipped.slice(0, MAX_LINES)) lines.push(`  ${s.file}: ${s.reason}`);
    lines.push(...more(report.skipped.length, MAX_LINES, "skipped entries", reportFile), "");
  }

  const toRepair = report.files.filter((f) => f.status === "quarantined");
  if (toRepair.length) {
    lines.push(`To repair (${toRepair.length}), kept byte for byte in ${report.out}/${REPAIR_FOLDER}/ and listed at /brouillons/ by npm run dev:`);
    for (const f of toRepair) {
      lines.push(`  ${f.source} -> ${f.target} (${f.reason})`);
      for (const e of f.errors) lines.push(`    ${f.source}${/^\d+:\d+: /.test(e) ? ":" : ": "}${e}`);
    }
    lines.push("");
  }
  if (report.undated.length) {
    lines.push(`Published without a date (${report.undated.length}): imported as undated pages (no date shown, not in the feeds). Add a date where the document is news:`);
    for (const u of report.undated.slice(0, MAX_LINES)) lines.push(`  ${u.source} -> ${u.url}${u.addedOn ? ` (added to the old repository on ${u.addedOn})` : ""}`);
    lines.push(...more(report.undated.length, MAX_LINES, "undated documents", reportFile), "");
  }

  lines.push(...list("Legacy patterns found:", Object.entries(report.patterns)), "");
  const changes = Object.entries(report.changes);
  lines.push(...(changes.length ? list("Changes made to bodies and front matter:", changes) : ["No change made to the texts."]), "");

  const u = report.uploads;
  lines.push(`Uploads: ${u.copied.length} copied, ${u.unchanged} unchanged${u.kept.length ? `, ${u.kept.length} kept (changed here)` : ""}, ${u.unused.length} not used (not copied), ${u.missing.length} missing`);
  for (const m of u.missing.slice(0, MAX_LINES)) lines.push(`  missing: ${m.file} (used by ${m.referencedBy.join(", ")})`);
  lines.push(...more(u.missing.length, MAX_LINES, "missing files", reportFile));
  if (report.deadLinks.length) {
    lines.push("", `Dead links (${report.deadLinks.length} targets the import did not bring), by target:`);
    for (const d of report.deadLinks.slice(0, MAX_LINES)) {
      const from = d.from.slice(0, 3).join(", ") + (d.from.length > 3 ? ` and ${d.from.length - 3} more` : "");
      lines.push(`  ${d.target} (${d.kind}, ${d.from.length} article${d.from.length > 1 ? "s" : ""}: ${from})`);
    }
    lines.push(...more(report.deadLinks.length, MAX_LINES, "dead link targets", reportFile));
  }
  const created = report.redirects.filter((r) => r.created);
  lines.push("", `Redirects: ${report.redirects.length} (${created.length} created by this import)`);
  for (const r of created) lines.push(`  ${r.from} -> ${r.to}`);

  // Warnings up to a screenful, the rest are in the report; files that are no article by kind.
  const warnings = report.files.flatMap((f) => f.warnings.map((w) => `${f.source}: warning: ${w}`));
  const notArticles = report.files.filter((f) => f.status === "not-article").map((f) => `${f.source}: not an article: ${f.reason}`);
  if (warnings.length || notArticles.length) lines.push("", "Per file:", ...notArticles.slice(0, MAX_LINES), ...warnings.slice(0, MAX_LINES));
  lines.push(...more(notArticles.length, MAX_LINES, "files that are no article", reportFile), ...more(warnings.length, MAX_LINES, "warnings", reportFile));
  if (report.notes.length) lines.push("", "Notes:", ...report.notes.map((n) => `  ${n}`));
  lines.push("", `Full report: ${reportFile}`);
  return lines.join("\n");
}
