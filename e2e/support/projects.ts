/**
 * Which Playwright projects a run asks for, so that the config starts only their servers: one
 * spec of one project runs as soon as that project's build exists, whatever else is built.
 */
import path from "node:path";

/** The fixture site the product builds and specs use (CONTENT_DIR), never the bundled content/. */
export const FIXTURE_SITE = path.resolve(__dirname, "..", "..", "tests", "fixtures", "site");

/** `--project site`, `--project=site`, `--project site*` as Playwright reads them (case-insensitive, `*` wildcard). */
function projectArguments(argv: readonly string[]): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === "--project" && argv[i + 1]) found.push(argv[i + 1]!);
    else if (arg.startsWith("--project=")) found.push(arg.slice("--project=".length));
  });
  return found;
}

/**
 * The projects of this run: those named on the command line or in `PW_PROJECTS` (comma-separated),
 * all of them when nothing is named (a plain `npx playwright test` needs every build).
 */
export function selectedProjects(argv: readonly string[], fromEnv: string | undefined, all: readonly string[]): string[] {
  const asked = [...projectArguments(argv), ...(fromEnv ?? "").split(",")].map((name) => name.trim()).filter(Boolean);
  if (!asked.length) return [...all];
  const patterns = asked.map((name) => new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "i"));
  return all.filter((name) => patterns.some((pattern) => pattern.test(name)));
}
