/**
 * Where the studio may write: article files inside the content folder and allowed uploads inside
 * its uploads folder, nowhere else. A path comes from the browser, so it is judged as text (no
 * `..`, no absolute path, no hidden or odd name, an allowed extension) and then on disk (the real
 * folder it lands in, symbolic links followed, must be inside the real content folder).
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "@/lib/content/load";
import { UPLOADS_FOLDER, uploadsDir } from "@/lib/content/uploads-dir";

export const ARTICLE_EXTENSIONS = [".md", ".markdown", ".mdx"];

export class ConfinementError extends Error {}

// Letters (accents included), digits, spaces and `._-()'`: the names the corpus uses; never a
// leading dot (hidden files), never a control character or a slash of another system.
const SAFE_SEGMENT = /^[\p{L}\p{M}\p{N}_(][\p{L}\p{M}\p{N} ._'()-]*$/u;

/** An article's path relative to the content folder (`actualites/x.md`) -> its absolute path. */
export function articlePath(relative: string): string {
  const segments = segmentsOf(relative);
  if (!ARTICLE_EXTENSIONS.includes(path.extname(segments[segments.length - 1]!).toLowerCase())) {
    throw new ConfinementError(`« ${relative} » n’est pas un article (extensions permises : ${ARTICLE_EXTENSIONS.join(", ")})`);
  }
  if (segments[0] === UPLOADS_FOLDER) throw new ConfinementError(`« ${relative} » est dans le dossier des fichiers déposés, pas un article`);
  return confined(contentDir(), segments, relative);
}

/** An upload's file name -> its absolute path in the uploads folder. */
export function uploadPath(name: string): string {
  return confined(uploadsDir(), segmentsOf(name), name);
}

function segmentsOf(relative: string): string[] {
  if (typeof relative !== "string" || !relative || relative.length > 400) throw new ConfinementError("chemin de fichier manquant ou trop long");
  if (relative.includes("\\") || relative.includes("\0") || path.isAbsolute(relative)) {
    throw new ConfinementError(`« ${relative} » : chemin refusé (il doit être relatif au dossier du contenu, avec des « / »)`);
  }
  const segments = relative.split("/");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !SAFE_SEGMENT.test(segment.normalize("NFC"))) {
      throw new ConfinementError(`« ${relative} » : nom refusé (« ${segment} »)`);
    }
  }
  return segments;
}

/**
 * The absolute path, once the real folder it would be written in is known to be inside the real
 * `root`, and the file itself is no symbolic link.
 */
function confined(root: string, segments: string[], shown: string): string {
  const full = path.join(root, ...segments);
  const realRoot = fs.realpathSync(root);
  // The nearest folder that exists on the way (new folders are made inside it).
  let existing = path.dirname(full);
  while (!fs.existsSync(existing) && existing.startsWith(root)) existing = path.dirname(existing);
  const realFolder = fs.realpathSync(existing);
  if (realFolder !== realRoot && !realFolder.startsWith(realRoot + path.sep)) {
    throw new ConfinementError(`« ${shown} » mène hors du dossier du contenu`);
  }
  const stat = fs.lstatSync(full, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) throw new ConfinementError(`« ${shown} » est un lien symbolique : le studio ne l’écrit pas`);
  if (stat && !stat.isFile()) throw new ConfinementError(`« ${shown} » n’est pas un fichier`);
  return full;
}

/** The path shown and sent back to the browser: relative to the content folder, with `/`. */
export function relativeToContent(file: string): string {
  return path.relative(contentDir(), file).split(path.sep).join("/");
}
