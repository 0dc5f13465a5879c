/**
 * What the last import wrote, with a hash of each file as written: a file whose hash no longer
 * matches was changed by an editor since, and is not overwritten without `--force`.
 */
import { createHash, randomBytes } from "node:crypto";
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

/** Writes through a temporary file and a rename: a reader never sees half a file. */
export function writeAtomic(file: string, data: string | Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A short temporary name: the file's own name may already be at the file system's length limit.
  const temp = path.join(path.dirname(file), `.import-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}

/** Why a file may not be written, or undefined when it may. */
export function guard(target: string, key: string, manifest: Manifest, force: boolean): "changed" | "foreign" | undefined {
  if (force || !fs.existsSync(target)) return undefined;
  const known = manifest.files[key];
  if (!known) return "foreign";
  return sha256(fs.readFileSync(target)) === known.sha256 ? undefined : "changed";
}
