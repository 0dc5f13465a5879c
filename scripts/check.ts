/**
 * The content check: one finding a line, `path:line:column: error|warning: message`, which
 * editors and terminals make clickable, then a summary. Exits 1 when there is an error.
 *
 *   npm run check                 everything (CONTENT_DIR=… checks another folder)
 *   npm run check -- --quiet      errors only, and the summary (run before every build)
 *
 * Broken internal links and missing files are errors or warnings as `onBrokenLinks` in
 * site.config.ts says (each finding names the policy); the exit status follows.
 *   npm run check -- --json       the findings as JSON, for tools
 *   npm run check -- --no-cache   read every file again
 *
 * Runs with `node --conditions=import --import tsx` (see package.json): the MDX compiler's dependencies are
 * ES modules that only export an `import` entry.
 */
import { runCheck } from "@/lib/check/run";
import { formatDate, formatDateTime } from "@/lib/content/dates";
import { formatIssue } from "@/lib/content/issues";
import { commandLine } from "./cli";
import { requireContentFolder } from "./content-folder";

const { values: args } = commandLine("npm run check [-- --quiet] [--json] [--no-cache]", {
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  "no-cache": { type: "boolean" },
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

async function main() {
  requireContentFolder();
  const result = await runCheck({ cache: !args["no-cache"] });
  if (args.json) {
    const { issues, errors, warnings, files, read, cached, milliseconds, onBrokenLinks, brokenLinks } = result;
    const scheduled = result.scheduled.map((a) => ({ file: a.displayPath, url: a.url, date: a.date.toISOString() }));
    console.log(JSON.stringify({ issues, summary: { errors, warnings, files, read, cached, milliseconds, onBrokenLinks, brokenLinks }, scheduled }, null, 2));
  } else {
    const shown = args.quiet ? result.issues.filter((i) => i.severity === "error") : result.issues;
    for (const issue of shown) console.log(formatIssue(issue));
    if (shown.length) console.log("");
    for (const article of result.scheduled) {
      const when = article.dateHasTime ? formatDateTime(article.date) : formatDate(article.date);
      console.log(`scheduled: ${article.displayPath} (${article.url}) is published by the first build after ${when}`);
    }
    if (args.quiet && result.onBrokenLinks === "warn" && result.brokenLinks) {
      console.log(`${plural(result.brokenLinks, "broken link")} or missing files allowed by onBrokenLinks: "warn" in site.config.ts (npm run check lists them)`);
    }
    const mark = result.errors ? "✗" : "✓";
    console.log(
      `${mark} ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")} in ${plural(result.files, "file")}` +
        ` (${result.read} read, ${result.cached} unchanged since the last check) in ${(result.milliseconds / 1000).toFixed(1)} s`,
    );
  }
  process.exit(result.errors ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
