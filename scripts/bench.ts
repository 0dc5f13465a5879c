/**
 * Build benchmark: generates N articles shaped like the corpus into a temporary content folder,
 * runs the production build on them and prints wall time, milliseconds per article, peak memory
 * of the whole process tree and output size.
 *
 *   npm run bench -- --articles 1000 [--compare jekyll|next-starter] [--keep] [--warm] [--dist-dir .next-test]
 *
 * By default the content check's cache is emptied first (a first build); --warm keeps it. The
 * build goes to .next-bench, from nothing; `--dist-dir <folder>` builds in another folder and keeps
 * the compilation cache Turbopack left there (it does not depend on the articles): what the test
 * suite does, whose other builds leave that cache in .next-test.
 * `--compare next-starter` builds the same articles, right after, with the bare Next.js starter
 * of ../shared/baselines/next-starter (installed once in a temporary folder) and prints the ratio
 * of the whole `npm run build` to its `next build`: the yardstick of build cost.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArticles } from "@/lib/bench/generate";
import { cacheDir } from "@/lib/build/cache-dir";
import { commandLine, wholeNumber } from "./cli";
import { nodeScript } from "./node-script";
import { republishOwnUploads } from "./republish-uploads";

const USAGE = "npm run bench -- [--articles 1000] [--compare jekyll|next-starter] [--keep] [--warm] [--dist-dir <folder>]";

type Options = { articles: number; compare?: "jekyll" | "next-starter"; keep: boolean; warm: boolean; distDir?: string };

function readOptions(): Options {
  const { values } = commandLine(USAGE, {
    articles: { type: "string" },
    compare: { type: "string" },
    keep: { type: "boolean" },
    warm: { type: "boolean" },
    "dist-dir": { type: "string" },
  });
  const compare = values.compare;
  if (compare !== undefined && compare !== "jekyll" && compare !== "next-starter") {
    console.error(`--compare knows jekyll and next-starter, not "${compare}"\nusage: ${USAGE}`);
    process.exit(2);
  }
  return { articles: wholeNumber(values.articles, 1000, "articles", USAGE), compare, keep: !!values.keep, warm: !!values.warm, distDir: values["dist-dir"] };
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for,
 * their own descendants included (/proc/self/stat cutime + cstime, in Linux's fixed 100 Hz
 * USER_HZ). Unlike wall time, it barely moves when other work shares the machine: the figure to
 * compare builds with on a busy machine.
 */
function childrenCpuSeconds(): number {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

type Run = { seconds: number; cpuSeconds: number; peakBytes: number; code: number };

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, log: string): Promise<Run> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const cpuBefore = childrenCpuSeconds();
    const out = fs.openSync(log, "w");
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] });
    let peakBytes = 0;
    const timer = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    }, 200);
    child.on("exit", (code) => {
      clearInterval(timer);
      fs.closeSync(out);
      // "exit" comes after libuv has waited for the child: its CPU time is counted by now.
      const cpuSeconds = childrenCpuSeconds() - cpuBefore;
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds, peakBytes, code: code ?? 1 });
    });
  });
}

function folderBytes(dir: string, skip: (p: string) => boolean = () => false): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    if (entry.isDirectory()) total += folderBytes(full, skip);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

function countFiles(dir: string, pattern: RegExp): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && pattern.test(entry.name)) n++;
  }
  return n;
}

/** Removes a build folder, or all of it but Turbopack's compilation cache (`cache/`). */
function emptyBuildFolder(dir: string, keepCompiled: boolean): void {
  if (!keepCompiled || !fs.existsSync(dir)) return fs.rmSync(dir, { recursive: true, force: true });
  for (const entry of fs.readdirSync(dir)) {
    if (entry !== "cache") fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function jekyllBuild(contentDir: string, work: string): Promise<Run | undefined> {
  const which = await run("sh", ["-c", "command -v jekyll"], process.env, work, path.join(work, "which.log"));
  if (which.code !== 0) {
    console.log("jekyll: not installed (apt-get install -y jekyll), comparison skipped");
    return undefined;
  }
  const site = path.join(work, "jekyll-site");
  fs.mkdirSync(path.join(site, "_layouts"), { recursive: true });
  const collections = fs.readdirSync(contentDir);
  fs.writeFileSync(
    path.join(site, "_config.yml"),
    `markdown: kramdown\npermalink: pretty\ncollections:\n${collections.map((c) => `  ${c}:\n    output: true\n    permalink: /${c}/:title/`).join("\n")}\ndefaults:\n  - scope: { path: "" }\n    values: { layout: default }\n`,
  );
  fs.writeFileSync(path.join(site, "_layouts", "default.html"), "<!doctype html><title>{{ page.title }}</title><h1>{{ page.title }}</h1>{{ content }}\n");
  for (const c of collections) fs.cpSync(path.join(contentDir, c), path.join(site, `_${c}`), { recursive: true });
  return run("jekyll", ["build", "--quiet", "-s", site, "-d", path.join(site, "_site")], process.env, site, path.join(work, "jekyll.log"));
}

const STARTER = path.resolve("..", "shared", "baselines", "next-starter");

/**
 * The bare starter's `next build` on the same articles. It reads only `actualites/`, so it gets a
 * folder where every generated article sits there (links, not copies).
 */
async function starterBuild(contentDir: string, work: string): Promise<Run | undefined> {
  if (!fs.existsSync(path.join(STARTER, "package.json"))) {
    console.log(`next-starter: not found at ${STARTER}, comparison skipped`);
    return undefined;
  }
  // Installed once per version of its lock file, outside the project (none of its code is ours).
  const home = path.join(os.tmpdir(), "chapeau-next-starter");
  const lock = fs.readFileSync(path.join(STARTER, "package-lock.json"), "utf8");
  const installed = path.join(home, "package-lock.json");
  if (!fs.existsSync(installed) || fs.readFileSync(installed, "utf8") !== lock || !fs.existsSync(path.join(home, "node_modules"))) {
    fs.rmSync(home, { recursive: true, force: true });
    fs.cpSync(STARTER, home, { recursive: true, filter: (p) => !/[/\\](node_modules|\.next)$/.test(p) });
    console.log(`next-starter: installing its dependencies in ${home} (once)`);
    const install = await run("npm", ["ci", "--no-audit", "--no-fund"], process.env, home, path.join(work, "starter-install.log"));
    if (install.code !== 0) throw new Error(`next-starter: npm ci failed, see ${path.join(work, "starter-install.log")}`);
  }
  const flat = path.join(work, "starter-content", "actualites");
  fs.mkdirSync(flat, { recursive: true });
  for (const section of fs.readdirSync(contentDir)) {
    for (const file of fs.readdirSync(path.join(contentDir, section))) {
      fs.symlinkSync(path.join(contentDir, section, file), path.join(flat, file));
    }
  }
  fs.rmSync(path.join(home, ".next"), { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: path.dirname(flat), NEXT_TELEMETRY_DISABLED: "1" };
  return run(path.join(home, "node_modules", ".bin", "next"), ["build"], env, home, path.join(work, "next-starter.log"));
}

async function main() {
  const options = readOptions();
  const root = process.cwd();
  // The same folder for the same size: the caches of the content check and the feeds are keyed
  // by folder, so `--warm` finds what the previous run of that size left.
  const work = path.join(os.tmpdir(), `chapeau-bench-${options.articles}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const contentDir = path.join(work, "content");
  const distDir = options.distDir ?? ".next-bench";
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${mb(os.totalmem())}, Node ${process.version}`);
  const generated = generateArticles(contentDir, options.articles);
  console.log(`generated ${generated.files} articles (${mb(generated.bytes)}) in ${contentDir}`);

  // A folder named on the command line keeps Turbopack's compilation cache.
  const keepCompiled = options.distDir !== undefined;
  emptyBuildFolder(path.join(root, distDir), keepCompiled);
  if (!options.warm) {
    // A first build: nothing remembered from an earlier one (the content check's records, the
    // feeds' HTML). `--warm` measures a rebuild that finds them.
    for (const cache of ["check", "feed-html"] as const) fs.rmSync(cacheDir(cache, root), { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: distDir,
    SEARCH_INDEX_OUT: path.join(distDir, "pagefind"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The steps of `npm run build`, timed one by one (images are cached: they do not depend on
  // the number of articles).
  const steps: { name: string; command: string; args: string[] }[] = [
    { name: "content check", ...nodeScript("scripts/check.ts", ["--quiet"], { conditions: "import" }) },
    { name: "next build", command: "sh", args: ["scripts/next-build.sh"] },
    { name: "search index", ...nodeScript("scripts/search-index.mts") },
  ];
  const runs: (Run & { name: string })[] = [];
  for (const step of steps) {
    const log = path.join(work, `${step.name.replace(/\s+/g, "-")}.log`);
    const result = await run(step.command, step.args, env, root, log);
    if (result.code !== 0) {
      console.error(fs.readFileSync(log, "utf8").split("\n").slice(-40).join("\n"));
      throw new Error(`${step.name} failed (exit ${result.code}); log: ${log}`);
    }
    runs.push({ ...result, name: step.name });
  }
  const total = runs.reduce((t, r) => t + r.seconds, 0);
  const totalCpu = runs.reduce((t, r) => t + r.cpuSeconds, 0);
  const peak = Math.max(...runs.map((r) => r.peakBytes));
  const out = path.join(root, distDir);
  const outputBytes = folderBytes(out, (p) => p === path.join(out, "cache"));
  const pages = countFiles(path.join(out, "server", "app"), /\.html$/);
  // A build that "succeeds" without the articles would make every figure meaningless.
  if (pages < options.articles) throw new Error(`only ${pages} HTML pages for ${options.articles} articles in ${distDir}/`);
  console.log("");
  for (const r of runs) console.log(`${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s wall, ${r.cpuSeconds.toFixed(1).padStart(6)} s CPU, peak ${mb(r.peakBytes)}`);
  console.log(`total          ${total.toFixed(1).padStart(6)} s wall, ${totalCpu.toFixed(1).padStart(6)} s CPU, ${((total * 1000) / options.articles).toFixed(1)} ms per article`);
  console.log(`peak memory    ${mb(peak)} (whole process tree, RSS sampled every 200 ms)`);
  console.log(`output         ${mb(outputBytes)} in ${distDir}/ (without cache), ${pages} HTML pages`);
  const build = { seconds: total, cpuSeconds: totalCpu };

  if (options.compare === "jekyll") {
    const jekyll = await jekyllBuild(contentDir, work);
    if (jekyll && jekyll.code === 0) {
      console.log(
        `jekyll build   ${jekyll.seconds.toFixed(1)} s wall, ${jekyll.cpuSeconds.toFixed(1)} s CPU, peak ${mb(jekyll.peakBytes)}; ` +
          `next/jekyll ratio ${(build.seconds / jekyll.seconds).toFixed(1)} wall, ${(build.cpuSeconds / jekyll.cpuSeconds).toFixed(1)} CPU`,
      );
    } else if (jekyll) {
      console.log(`jekyll build failed (exit ${jekyll.code}), see ${path.join(work, "jekyll.log")}`);
    }
  }
  if (options.compare === "next-starter") {
    const starter = await starterBuild(contentDir, work);
    if (starter && starter.code === 0) {
      console.log(
        `next-starter   ${starter.seconds.toFixed(1)} s wall, ${starter.cpuSeconds.toFixed(1)} s CPU (its next build), peak ${mb(starter.peakBytes)}; ` +
          `npm run build / starter = ${(build.seconds / starter.seconds).toFixed(2)} wall, ${(build.cpuSeconds / starter.cpuSeconds).toFixed(2)} CPU`,
      );
    } else if (starter) {
      console.log(`next-starter build failed (exit ${starter.code}), see ${path.join(work, "next-starter.log")}`);
    }
  }
  republishOwnUploads(root);
  if (!options.keep) {
    fs.rmSync(work, { recursive: true, force: true });
    emptyBuildFolder(out, keepCompiled);
  } else {
    console.log(`kept: ${work} and ${distDir}/`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
