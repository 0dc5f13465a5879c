/**
 * `npm test`: every part of the suite (each an npm script, runnable alone: `npm run test:e2e:site`),
 * in two lanes at once. A part is a build and the tests of that build, or a test program; no part
 * keeps a core busy on its own (a build waits on the disk, a browser test on the page), so two
 * lanes take about half the time of one chain on a 2-core machine.
 *
 * Builds of one checkout share public/ (uploads, images, the search index) and `.next/` (where a
 * static export puts its build files): the second lane runs in a copy of the project
 * (scripts/project-copy.ts), on ports of its own (E2E_PORT), and the copy goes when it is done.
 * Lanes are balanced by the parts' measured times (docs/development.md).
 *
 *   npm test                      both lanes; a failed part does not stop the others
 *   npm test -- --keep            keeps the second lane's copy and says where it is
 *   npm test -- --one-lane        every part in order, in this checkout (the old chain)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { commandLine } from "./cli";
import { copyProject } from "./project-copy";

const USAGE = "npm test -- [--keep] [--one-lane]";
const { values } = commandLine(USAGE, {
  keep: { type: "boolean", default: false },
  "one-lane": { type: "boolean", default: false },
});

/** Each lane's parts, in the order they run. Adoption copies the project with git: it stays in the checkout. */
const LANES: string[][] = [
  ["test:checks", "test:unit", "test:e2e:site", "test:e2e:static", "test:e2e:subpath", "test:smoke", "test:adoption"],
  ["test:leaks", "test:hostile", "test:e2e:dev", "test:e2e:corpus", "test:bench"],
];

const root = path.resolve(import.meta.dirname, "..");
const logs = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-test-logs-"));
const basePort = Number(process.env.E2E_PORT ?? 3100);

type Lane = { name: string; cwd: string; env: NodeJS.ProcessEnv; parts: string[] };
type Outcome = { part: string; lane: string; ok: boolean; seconds: number; log: string };

/** Runs one part, its output kept in a log; prints the end of it when it is done, all of it if it failed. */
function runPart(lane: Lane, part: string): Promise<Outcome> {
  const log = path.join(logs, `${part.replace(/:/g, "-")}.log`);
  const out = fs.openSync(log, "w");
  const started = Date.now();
  console.log(`▶ ${part} (${lane.name})`);
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", part], { cwd: lane.cwd, env: lane.env, stdio: ["ignore", out, out] });
    child.on("close", (code) => {
      fs.closeSync(out);
      const seconds = Math.round((Date.now() - started) / 1000);
      const ok = code === 0;
      const lines = fs.readFileSync(log, "utf8").trimEnd().split("\n");
      const shown = ok ? lines.slice(-12) : lines;
      console.log(`${ok ? "✓" : "✗"} ${part} (${lane.name}, ${seconds} s)${ok ? "" : ` failed, exit ${code}; whole log: ${log}`}`);
      console.log(shown.map((line) => `  │ ${line}`).join("\n"));
      resolve({ part, lane: lane.name, ok, seconds, log });
    });
  });
}

async function runLane(lane: Lane): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const part of lane.parts) outcomes.push(await runPart(lane, part));
  return outcomes;
}

async function main(): Promise<boolean> {
  const started = Date.now();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  let lanes: Lane[];
  let copy: string | undefined;
  if (values["one-lane"]) {
    lanes = [{ name: "one lane", cwd: root, env, parts: LANES.flat() }];
  } else {
    copy = copyProject(root, "chapeau-test-lane-");
    console.log(`npm test: two lanes, the second in a copy of the project (${copy}); logs in ${logs}`);
    // A path the copy cannot resolve from where it lies: the shared corpus.
    const corpus = path.resolve(root, process.env.CORPUS_DIR || "../shared/corpus/numerique.gouv.fr");
    lanes = [
      { name: "lane 1", cwd: root, env: { ...env, E2E_PORT: String(basePort) }, parts: LANES[0]! },
      { name: "lane 2", cwd: copy, env: { ...env, E2E_PORT: String(basePort + 100), CORPUS_DIR: corpus }, parts: LANES[1]! },
    ];
  }
  const outcomes = (await Promise.all(lanes.map(runLane))).flat();
  const failed = outcomes.filter((o) => !o.ok);
  console.log(`\nnpm test: ${outcomes.length - failed.length} of ${outcomes.length} parts passed in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const o of outcomes) console.log(`  ${o.ok ? "✓" : "✗"} ${o.part.padEnd(18)} ${String(o.seconds).padStart(4)} s  ${o.lane}`);
  if (copy) {
    if (values.keep || failed.length) console.log(`the second lane's copy stays in ${copy}`);
    else fs.rmSync(copy, { recursive: true, force: true });
  }
  return failed.length === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
