/**
 * How one of the project's TypeScript scripts is started from another: `node --import <tsx>`, in
 * this process's Node. tsx's command line (`tsx`, `npx tsx`) starts a second Node process to
 * load the same hook: 0.4 s more a run (0.75 against 0.38 s for an empty script, measured here),
 * paid several times by every build of the test suite. The hook is named by its absolute address,
 * so the script runs whatever the working folder (the content check's parallel readers inherit
 * these flags). `conditions: "import"` for the scripts that load the MDX compiler, whose
 * dependencies only export an `import` entry.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export function nodeScript(script: string, args: readonly string[] = [], { conditions }: { conditions?: "import" } = {}): { command: string; args: string[] } {
  const flags = conditions ? [`--conditions=${conditions}`] : [];
  return { command: process.execPath, args: [...flags, "--import", TSX, path.normalize(script), ...args] };
}
