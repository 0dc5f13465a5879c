/**
 * The studio's reading and writing of one article: open (text, values, a version), save (only
 * when the file on disk is still the version that was opened, unless the editor chose to keep
 * theirs), create. Every path goes through lib/studio/confine.ts first.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createArticleFile } from "@/lib/content/new-article";
import { articlePath, ConfinementError, relativeToContent } from "./confine";
import { editSource, FrontMatterEditError, openSource, type FrontMatterChanges } from "./front-matter-edit";

export type OpenedArticle = {
  /** Relative to the content folder, with `/`. */
  path: string;
  /** The file's content hash when it was read: saving checks the file still has it. */
  version: string;
  format: "md" | "mdx";
  data: Record<string, unknown>;
  body: string;
  /** YAML errors: the form is read-only until the text is repaired. */
  errors: string[];
};

export type SaveRequest = {
  path: string;
  /** The version the editor started from (`force`: the version they chose to write over). */
  version: string;
  changes: FrontMatterChanges;
  body: string;
};

export type SaveResult =
  | { ok: true; article: OpenedArticle; unchanged: boolean }
  | { ok: false; reason: "conflict"; disk: OpenedArticle }
  | { ok: false; reason: "gone" | "refused"; message: string };

export function versionOf(bytes: Buffer | string): string {
  return crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

export function openArticle(relative: string): OpenedArticle {
  const file = articlePath(relative);
  const bytes = fs.readFileSync(file);
  return opened(file, bytes);
}

function opened(file: string, bytes: Buffer): OpenedArticle {
  const text = bytes.toString("utf8");
  const { data, body, errors } = openSource(text);
  return {
    path: relativeToContent(file),
    version: versionOf(bytes),
    format: path.extname(file).toLowerCase() === ".mdx" ? "mdx" : "md",
    data,
    body,
    errors,
  };
}

/**
 * Writes the article when the file is still the one the editor opened. Otherwise nothing is
 * written and the file as it is now is sent back (the studio offers to reload or keep theirs:
 * keeping theirs saves again with the disk's version).
 */
export function saveArticle(request: SaveRequest): SaveResult {
  let file: string;
  try {
    file = articlePath(request.path);
  } catch (error) {
    if (error instanceof ConfinementError) return { ok: false, reason: "refused", message: error.message };
    throw error;
  }
  const bytes = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  if (!bytes) return { ok: false, reason: "gone", message: `« ${request.path} » n’existe plus sur le disque` };
  if (versionOf(bytes) !== request.version) return { ok: false, reason: "conflict", disk: opened(file, bytes) };
  const text = bytes.toString("utf8");
  let next: string;
  try {
    next = editSource(text, request.changes, request.body);
  } catch (error) {
    if (error instanceof FrontMatterEditError) return { ok: false, reason: "refused", message: error.message };
    throw error;
  }
  if (next === text) return { ok: true, article: opened(file, bytes), unchanged: true };
  // Written beside, then renamed over: a watcher (the live preview, an editor) never reads half a file.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.studio-${process.pid}`);
  fs.writeFileSync(temporary, next, { flag: "wx" });
  fs.renameSync(temporary, file);
  return { ok: true, article: opened(file, Buffer.from(next, "utf8")), unchanged: false };
}

export type CreateResult = { ok: true; path: string } | { ok: false; message: string };

/** « Nouvel article »: the file `npm run new` would write, in French words when it cannot. */
export function createArticle(title: string, section: string): CreateResult {
  if (!title.trim()) return { ok: false, message: "Donnez un titre à l’article." };
  const result = createArticleFile({ title: title.trim(), section });
  if (result.ok) return { ok: true, path: relativeToContent(result.file) };
  switch (result.reason) {
    case "unknown-section":
      return { ok: false, message: `La rubrique « ${section} » n’existe pas (rubriques : ${result.known.join(", ")}).` };
    case "empty-slug":
      return { ok: false, message: "Ce titre ne donne aucun nom de fichier : utilisez des lettres ou des chiffres." };
    case "same-name":
      return { ok: false, message: `Le fichier ${result.other} existe déjà : rien n’a été écrit (choisissez un autre titre).` };
    case "same-address":
      return { ok: false, message: `${result.other} a déjà l’adresse ${result.url} : rien n’a été écrit (choisissez un autre titre).` };
  }
}

/**
 * The text the file would have if saved now (for « Aperçu » and the findings, which never write):
 * the file on disk with the editor's changes. A front matter that cannot take them leaves it as is.
 */
export function composedText(relative: string, changes: FrontMatterChanges, body: string): { file: string; text: string } {
  const file = articlePath(relative);
  const disk = fs.readFileSync(file, "utf8");
  try {
    return { file, text: editSource(disk, changes, body) };
  } catch (error) {
    if (error instanceof FrontMatterEditError) return { file, text: editSource(disk, {}, body) };
    throw error;
  }
}
