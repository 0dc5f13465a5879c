/**
 * When a file entered the old site's repository: the date of the commit that added it, which is
 * what an editor needs to date an undated document that is really news. Git is run with an
 * argument list (no shell: file names are the old site's, whatever they hold).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** The top of the git work tree holding `folder`, or undefined when it is in none (or git is absent). */
export function gitRoot(folder: string): string | undefined {
  return git(folder, ["rev-parse", "--show-toplevel"])?.trim() || undefined;
}

/**
 * The author date (ISO 8601) of the commit that added `file`, following renames; undefined when
 * the file is not committed.
 */
export function dateAdded(root: string, file: string): string | undefined {
  const relative = path.relative(root, file).split(path.sep).join("/");
  const out = git(root, ["log", "--diff-filter=A", "--follow", "--format=%aI", "--", relative]);
  // Newest first: with renames followed, the last line is the first addition.
  const lines = out?.split("\n").filter(Boolean) ?? [];
  return lines[lines.length - 1];
}
