/**
 * The content check remembers what it found in each file, keyed by the file's content, so a
 * second run reads Markdown only for files that changed. Any change to the code that reads
 * content (lib/, the site config, the dependencies) starts afresh.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cacheDir } from "@/lib/build/cache-dir";
import { codeFingerprint } from "@/lib/build/code-fingerprint";
import { writeAtomic } from "@/lib/files/write-atomic";
import type { FileRecord } from "./analyse-file";

export const CACHE_DIR = cacheDir("check");

export type Cache = { get(file: string, hash: string): FileRecord | undefined; set(file: string, hash: string, record: FileRecord): void; save(): void };

const spot = z.object({ line: z.number(), column: z.number() });
const note = spot.extend({ severity: z.enum(["error", "warning"]), message: z.string() });
const report = z.object({
  links: z.array(spot.extend({ href: z.string(), text: z.string() })),
  images: z.array(spot.extend({ src: z.string(), alt: z.string().optional(), markdownWithoutAlt: z.boolean() })),
  headings: z.array(spot.extend({ level: z.number(), text: z.string() })),
  ids: z.array(z.string()),
  notes: z.array(note),
});
const cacheFile = z.object({
  fingerprint: z.string(),
  records: z.record(z.string(), z.object({ hash: z.string(), record: z.object({ body: report, chapeau: report.optional(), spots: z.record(z.string(), spot), texts: z.array(note).optional() }) })),
});

export function hashOf(text: string): string {
  return crypto.createHash("sha1").update(text).digest("hex");
}

/** `folder`: where cache files live; one file per content folder, so switching folders costs nothing. */
export function openCache(contentDir: string, { enabled = true, folder = CACHE_DIR } = {}): Cache {
  const file = path.join(folder, `records-${hashOf(contentDir).slice(0, 12)}.json`);
  const fingerprint = codeFingerprint();
  let records: z.infer<typeof cacheFile>["records"] = {};
  if (enabled) {
    try {
      const stored = cacheFile.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
      if (stored.success && stored.data.fingerprint === fingerprint) records = stored.data.records;
    } catch {
      // No cache yet, or an unreadable one: everything is read.
    }
  }
  const next: typeof records = {};
  return {
    get(file, hash) {
      const entry = records[file];
      if (entry?.hash !== hash) return undefined;
      next[file] = entry;
      return entry.record;
    },
    set(file, hash, record) {
      next[file] = { hash, record };
    },
    save() {
      if (!enabled) return;
      // Only files seen in this run are kept: deleted articles leave the cache with them.
      writeAtomic(file, JSON.stringify({ fingerprint, records: next }));
    },
  };
}
