/**
 * Runs one of the project's command-line scripts as `npm run …` would, and returns what it printed
 * and its exit status. Node runs tsx's entry point directly: through `npx` each run paid half a
 * second more to find it, and the unit tests run dozens.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** `script` relative to the project (scripts/check.ts); `env` is added to this process's. */
export function runScript(script: string, args: readonly string[], options: { env?: Record<string, string>; conditions?: "import" } = {}): SpawnSyncReturns<string> {
  const flags = options.conditions ? [`--conditions=${options.conditions}`] : [];
  return spawnSync(process.execPath, [TSX, ...flags, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
  });
}
