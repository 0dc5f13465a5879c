/**
 * Runs one of the project's command-line scripts as `npm run …` would (scripts/node-script.ts),
 * and returns what it printed and its exit status.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import path from "node:path";
import { nodeScript } from "../../scripts/node-script";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** `script` relative to the project (scripts/check.ts); `env` is added to this process's. */
export function runScript(script: string, args: readonly string[], options: { env?: Record<string, string>; conditions?: "import" } = {}): SpawnSyncReturns<string> {
  const { command, args: argv } = nodeScript(script, args, { conditions: options.conditions });
  return spawnSync(command, argv, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
  });
}
