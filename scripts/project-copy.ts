/**
 * A copy of the project as a fresh clone holds it (tracked files and new ones not ignored, no
 * build output), with node_modules as hard links: seconds instead of a minute, and Turbopack
 * refuses a node_modules symlinked from outside. The adoption test makes one to replace the
 * content.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function projectFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  return listed.split("\0").filter((file) => file && fs.existsSync(path.join(root, file)));
}

/** Copies the project at `root` to a new folder of the system's temporary folder; returns its path. */
export function copyProject(root: string, prefix: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const file of projectFiles(root)) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(copy, file));
  }
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(copy, "node_modules")]);
  return copy;
}
