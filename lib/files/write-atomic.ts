/**
 * Writes a file whole, through a temporary file beside it and a rename: a reader at the same
 * moment (another request of `next dev`, a build worker, a watcher) sees the old file or the new
 * one, never half of one. Used for every file the site's own code rewrites while it may be read.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function writeAtomic(file: string, data: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A short temporary name: the file's own name may already be at the file system's length limit.
  const temp = path.join(path.dirname(file), `.write-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    fs.writeFileSync(temp, data, { flag: "wx" });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
