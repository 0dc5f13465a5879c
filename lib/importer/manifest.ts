/**
 * What the last import wrote, with a hash of each file as written: a file whose hash no longer
 * matches was changed by an editor since, and is not overwritten without `--force`.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const MANIFEST_NAME = ".import-manifest.json";

const entry = z.object({ source: z.string(), sha256: z.string() });
const manifestSchema = z.object({
  version: z.literal(1),
  files: z.record(z.string(), entry),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

export function readManifest(file: string): Manifest {
  if (!fs.existsSync(file)) return { version: 1, files: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`the import manifest ${file} is not valid JSON (${(error as Error).message}); remove it to start afresh`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`the import manifest ${file} is not one this importer wrote; remove it to start afresh`);
  return parsed.data;
}

/**
 * Why writing `file` would go through a symbolic link inside `root` (the output folder), or
 * undefined when every folder on the way, and the file if it exists, is real. The import never
 * writes through a link: one planted in the output folder (`content/actualites -> /etc`) would
 * otherwise send its writes anywhere on the disk.
 */
export function linkOnTheWay(root: string, file: string): string | undefined {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return `${file} is outside ${root}`;
  let current = root;
  for (const part of rel.split(path.sep)) {
    current = path.join(current, part);
    const stat = fs.lstatSync(current, { throwIfNoEntry: false });
    // What does not exist yet is created as a real folder or file.
    if (!stat) return undefined;
    if (stat.isSymbolicLink()) {
      return `${path.relative(process.cwd(), current) || current} is a symbolic link: not written through it (replace it by a real ${current === file ? "file" : "folder"})`;
    }
  }
  return undefined;
}

/** Why a file may not be written, or undefined when it may. */
export function guard(target: string, key: string, manifest: Manifest, force: boolean): "changed" | "foreign" | undefined {
  if (force || !fs.existsSync(target)) return undefined;
  const known = manifest.files[key];
  if (!known) return "foreign";
  return sha256(fs.readFileSync(target)) === known.sha256 ? undefined : "changed";
}
