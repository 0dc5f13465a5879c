/** The importer's options, its plan for each file, and its report. */
import type { SourceParts } from "@/lib/content/split-source";
import type { Article } from "@/lib/content/types";
import type { Collection } from "./jekyll-site";

export type ImportOptions = {
  /** A Jekyll site root or one collection folder. */
  input: string;
  /** Content folder to write to (`content`). */
  out: string;
  /** The site's public folder (`public`): uploads go to `<public>/uploads/`. */
  publicDir: string;
  /** The old site's uploads folder, when it is not `uploads/` or `_uploads/` beside the collections. */
  uploads?: string;
  /** Overwrite files changed since the last import, and files the import did not write. */
  force?: boolean;
};

export type FileStatus = "written" | "unchanged" | "kept" | "error" | "skipped";

export type FileReport = {
  source: string;
  target?: string;
  url?: string;
  status: FileStatus;
  warnings: string[];
  errors: string[];
};

export type ImportReport = {
  input: string;
  out: string;
  files: FileReport[];
  totals: Record<FileStatus, number>;
  /** How often each legacy pattern occurs in the imported bodies. */
  patterns: Record<string, number>;
  /** What the importer changed, by kind. */
  changes: Record<string, number>;
  uploads: { copied: string[]; unchanged: number; kept: string[]; missing: { file: string; referencedBy: string[] }[] };
  redirects: { from: string; to: string; source: string; created: boolean }[];
  notes: string[];
};

export type Planned = {
  report: FileReport;
  collection: Collection;
  /** Path inside the collection folder (`2020/x.md`). */
  relative: string;
  /** Jekyll's own name for the document (`_actualites/x.md`), used by `{% link %}`. */
  jekyllPath: string;
  text: string;
  data: Record<string, unknown>;
  parts: SourceParts;
  article: Article;
  targetKey: string;
  targetFile: string;
  output?: string;
  uploads: Map<string, string>;
  missing: string[];
  addedRedirects: string[];
};

