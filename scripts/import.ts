/**
 * Imports a Jekyll site (or one of its collections) into this site's content folder:
 *
 *   npm run import -- <Jekyll site or collection folder> [--out content] [--uploads <folder>]
 *                     [--report import-report.json] [--force]
 *
 * Writes the articles and the uploads they use (in `<out>/_uploads/`), `import-report.json` and a summary. Exit status:
 *   0  every document was imported (or left unchanged, or kept as an editor changed it);
 *   1  imported, with files to repair: some could not be read as articles and are kept, byte
 *      for byte, in `<out>/_a-reparer/` (listed in the summary and at /brouillons/ in npm run dev);
 *   2  nothing could be done (no such folder, no collection, a bad option, an unreadable manifest).
 */
import path from "node:path";
import { writeAtomic } from "@/lib/files/write-atomic";
import { importSite } from "@/lib/importer/import-site";
import { ImportInputError } from "@/lib/importer/jekyll-site";
import { formatSummary } from "@/lib/importer/summary";

const EXIT_IMPORTED = 0;
const EXIT_TO_REPAIR = 1;
const EXIT_NOTHING_DONE = 2;

const USAGE = "usage: npm run import -- <Jekyll site or collection folder> [--out <content folder>] [--uploads <folder>] [--report <file>] [--force]";

type Args = { input?: string; out: string; uploads?: string; report: string; force: boolean };

function parseArgs(argv: string[]): Args {
  const args: Args = { out: "content", report: "import-report.json", force: false };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (!v || v.startsWith("--")) throw new ImportInputError(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") args.out = value(i++, arg);
    else if (arg === "--uploads") args.uploads = value(i++, arg);
    else if (arg === "--report") args.report = value(i++, arg);
    else if (arg === "--force") args.force = true;
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("--")) throw new ImportInputError(`unknown option ${arg}\n${USAGE}`);
    else if (!args.input) args.input = arg;
    else throw new ImportInputError(`one folder at a time (got ${args.input} and ${arg})\n${USAGE}`);
  }
  if (!args.input) throw new ImportInputError(`which Jekyll site?\n${USAGE}`);
  return args;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
    const report = importSite({ input: args.input!, out: args.out, uploads: args.uploads, force: args.force });
    writeAtomic(path.resolve(args.report), `${JSON.stringify(report, null, 2)}\n`);
    console.log(formatSummary(report, args.report));
    return report.totals.quarantined > 0 ? EXIT_TO_REPAIR : EXIT_IMPORTED;
  } catch (error) {
    if (error instanceof ImportInputError || (error instanceof Error && /manifest/.test(error.message))) {
      console.error(`import: ${error.message}`);
      return EXIT_NOTHING_DONE;
    }
    throw error;
  }
}

process.exitCode = main();
