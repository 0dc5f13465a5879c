/**
 * `npm test`: every part of the suite, one after the other. Each part is an npm script that also
 * runs alone (`npm run test:e2e:site`): a build and the tests of that build, or a test program.
 * A failed part does not stop the others: one run tells everything that is wrong, then a summary
 * gives each part's time.
 *
 * The order is chosen for Turbopack's compilation cache, which it keeps per build folder and per
 * configuration: the server builds of the tests (fixture site, leak and hostile sites, content/,
 * corpus) share `.next-test`, the static exports compile in `.next`, so only the first of each
 * compiles from nothing (about 30 s of CPU of a 50 s build). The sub-path builds (another
 * configuration: scripts/compile-cache.sh sets the exports' cache aside for them) come last.
 *
 * Parts run one at a time: on a 2-core machine a build or a browser project keeps both cores
 * busy, and two parts at once (tried: a second lane in a copy of the project) took as long, with
 * `next dev` too slow to answer within the tests' waits.
 *
 *   npm test
 *   npm test -- --from test:e2e:corpus     starts at that part (after fixing it, say)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { commandLine } from "./cli";

const PARTS = [
  "test:checks",
  "test:unit",
  "test:e2e:site",
  "test:e2e:static",
  "test:leaks",
  "test:hostile",
  "test:smoke",
  "test:e2e:corpus",
  "test:e2e:dev",
  "test:e2e:subpath",
  // Also runs the benchmark (test:bench), in the copy whose content/ is not the demo's.
  "test:adoption",
];

const USAGE = `npm test -- [--from <part>]   parts: ${PARTS.join(", ")}`;
const { values } = commandLine(USAGE, { from: { type: "string" } });
const first = values.from === undefined ? 0 : PARTS.indexOf(values.from);
if (first < 0) {
  console.error(`no part named "${values.from}"\nusage: ${USAGE}`);
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
const logs = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-test-logs-"));

type Outcome = { part: string; ok: boolean; seconds: number };

/** Runs one part, its output shown as it comes and kept in a log. */
function runPart(part: string): Promise<Outcome> {
  const log = fs.createWriteStream(path.join(logs, `${part.replace(/:/g, "-")}.log`));
  const started = Date.now();
  console.log(`\n▶ npm run ${part}`);
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", part], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
      from.on("data", (chunk: Buffer) => {
        to.write(chunk);
        log.write(chunk);
      });
    }
    child.on("close", (code) => {
      log.end();
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`${code === 0 ? "✓" : "✗"} ${part} (${seconds} s)${code === 0 ? "" : `: failed, exit ${code}`}`);
      resolve({ part, ok: code === 0, seconds });
    });
  });
}

async function main(): Promise<boolean> {
  const started = Date.now();
  const outcomes: Outcome[] = [];
  for (const part of PARTS.slice(first)) outcomes.push(await runPart(part));
  const failed = outcomes.filter((o) => !o.ok);
  const total = Math.round((Date.now() - started) / 1000);
  console.log(`\nnpm test: ${outcomes.length - failed.length} of ${outcomes.length} parts passed in ${total} s (logs in ${logs})`);
  for (const o of outcomes) console.log(`  ${o.ok ? "✓" : "✗"} ${o.part.padEnd(18)} ${String(o.seconds).padStart(4)} s`);
  return failed.length === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
