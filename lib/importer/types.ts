/** The importer's options, its plan for each file, and its report. */
import type { SourceParts } from "@/lib/content/split-source";
import type { Article } from "@/lib/content/types";
import type { DeadTarget } from "./body";
import type { Collection } from "./jekyll-site";

export type ImportOptions = {
  /** A Jekyll site root or one collection folder. */
  input: string;
  /** Content folder to write to (`content`); the uploads articles use go to `<out>/_uploads/`. */
  out: string;
  /** The old site's uploads folder, when it is not `uploads/` or `_uploads/` beside the collections. */
  uploads?: string;
  /** Overwrite files changed since the last import, and files the import did not write. */
  force?: boolean;
};

/**
 * What became of a file of a collection: imported as an article (`written`, `unchanged` since
 * the last import, or `kept` because an editor changed the copy here), `quarantined` byte for
 * byte in `_a-reparer/` (it could not be read as an article), or `not-article` (listed, with why).
 */
export type FileStatus = "written" | "unchanged" | "kept" | "quarantined" | "not-article";

export type FileReport = {
  source: string;
  target?: string;
  url?: string;
  status: FileStatus;
  /** Why the file is not an article, or why it had to be quarantined. */
  reason?: string;
  warnings: string[];
  /** What keeps a quarantined file from being an article, `line:column: message` where known. */
  errors: string[];
};

/** A file of the source tree that is no article and no upload an article uses, and why. */
export type OtherFile = { file: string; reason: string };

/** A published document without a date, imported as an undated page. */
export type UndatedDocument = {
  source: string;
  target: string;
  url: string;
  /** When the commit that added the file was made (ISO 8601), when the old site is a git repository. */
  addedOn?: string;
};

/**
 * A path of the old site that imported articles link to (as a site path, or with the old site's
 * address) and the import did not bring: a page not migrated, a file never uploaded; with the
 * files that link to it.
 */
export type DeadLink = { target: string; kind: "page" | "file"; from: string[] };

/**
 * Every file of the source tree, once: the counts add up to `sourceFiles`. Files and folders
 * whose name starts with a dot (`.git`, `.DS_Store`) are not part of the tree, as for Jekyll.
 */
export type Accounting = {
  sourceFiles: number;
  articles: { written: number; unchanged: number; kept: number };
  quarantined: number;
  uploads: { copied: number; unchanged: number; kept: number };
  /** Files of collections that are no article, uploads no article uses, and everything else. */
  notArticles: number;
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
  uploads: {
    copied: string[];
    unchanged: number;
    kept: string[];
    /** Files of the uploads folder no article uses: not copied. */
    unused: string[];
    missing: { file: string; referencedBy: string[] }[];
  };
  /** Files outside the collections and the uploads folder (templates, configuration, assets…). */
  others: OtherFile[];
  /**
   * What the import would not touch, and why (each is also counted where it belongs): symbolic
   * links of the source tree, never followed; outputs not written because a symbolic link in the
   * output folder stood on the way.
   */
  skipped: OtherFile[];
  undated: UndatedDocument[];
  deadLinks: DeadLink[];
  redirects: { from: string; to: string; source: string; created: boolean }[];
  notes: string[];
  accounting: Accounting;
};

/** A file kept byte for byte in `_a-reparer/` until an editor repairs it. */
export type Quarantined = {
  report: FileReport;
  bytes: Buffer;
  targetKey: string;
  targetFile: string;
  /** Where the file goes once repaired: when an editor already put it there, it is kept. */
  articleFile: string;
  /** Uploads its body refers to (copied, so the repaired article finds them). */
  uploads: Map<string, string>;
  missing: string[];
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
  dead: DeadTarget[];
  addedRedirects: string[];
};

