/**
 * Reading every body is most of a cold content check (one Markdown pipeline run per article):
 * on a large folder it is shared between child processes, one a core. Each child loads the
 * content itself and sends back the records of the files it was given.
 */
import { fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileRecord } from "./analyse-file";

/** Below this many files to read, starting processes costs more than it saves. */
export const PARALLEL_FROM = 200;

// Beside this file, wherever the check is run from.
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");

export function workerCount(files: number): number {
  return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(os.availableParallelism(), 8));
}

export async function analyseInParallel(files: string[], workers: number): Promise<Map<string, FileRecord>> {
  const shares = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const parts = await Promise.all(shares.map((share) => runWorker(share)));
  return new Map(parts.flat());
}

function runWorker(files: string[]): Promise<[string, FileRecord][]> {
  return new Promise((resolve, reject) => {
    // The same loader flags as this process (tsx), so the child reads TypeScript too.
    const child = fork(WORKER, [], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: [string, FileRecord][] | undefined;
    child.on("message", (message: { records?: [string, FileRecord][]; error?: string }) => {
      if (message.error) reject(new Error(message.error));
      else result = message.records;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (result) resolve(result);
      else reject(new Error(`content check worker exited with code ${code}`));
    });
    child.send({ files });
  });
}
