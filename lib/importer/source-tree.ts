/**
 * The files of the old site the import answers for: every file under the input folder, and under
 * the uploads folder when it lies elsewhere. Names starting with a dot (`.git`, `.DS_Store`,
 * `.jekyll-cache`) are left out, as Jekyll leaves them out of a site.
 *
 * A symbolic link is never followed, to a file or to a folder: the archive being imported is
 * someone else's, and a link in it may lead anywhere on this disk (`secrets -> /home/…`) or back
 * up the tree (`loop -> ..`). It is listed as an entry of the tree, with why it was skipped.
 */
import fs from "node:fs";
import path from "node:path";

/** Entries under `dir` (files and symbolic links, never followed), relative with forward slashes, in name order. */
export function walk(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    // A Dirent describes the entry itself: a link to a folder is a link, not a folder.
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

/** True for a symbolic link (whatever it points to, if anything). */
export function isSymlink(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}

/** Why a symbolic link of the source tree was not imported, naming where it points. */
export function symlinkReason(file: string): string {
  let target = "?";
  try {
    target = fs.readlinkSync(file);
  } catch {
    // Unreadable: the reason still says it is a link.
  }
  return `a symbolic link (to ${target}): not followed, the import reads only the files of the site itself (copy the file in if it belongs to the site)`;
}

/** Absolute paths of every file of the source tree, each once. */
export function sourceTree(roots: string[]): string[] {
  const files = new Set<string>();
  for (const root of roots) {
    if (!fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const rel of walk(root)) files.add(path.join(root, ...rel.split("/")));
  }
  return [...files].sort();
}

// Folders of a Jekyll repository and what they hold, for the report of files that are no article.
const FOLDER_ROLES: [RegExp, string][] = [
  [/^_(layouts|includes)$/, "a template of the old site"],
  [/^_(sass|scss)$|^(assets|css|js|fonts|images|img)$/, "a style sheet, script or image of the old site's design"],
  [/^_data$/, "data of the old site's templates"],
  [/^_site$/, "the old site as Jekyll built it"],
  [/^_plugins$/, "a plugin of the old site"],
];

/** Why a file outside the collections and the uploads folder is not imported. */
export function otherFileReason(relative: string): string {
  const [top, ...rest] = relative.split("/");
  if (!rest.length) {
    if (/^_config\.ya?ml$/.test(top!)) return "the old site's configuration (read for its address and permalinks)";
    if (/^(Gemfile|Gemfile\.lock|package(-lock)?\.json|netlify\.toml|CNAME|robots\.txt)$/.test(top!)) return "a file of the old site's build or hosting";
    if (/\.(md|markdown|html?)$/i.test(top!)) return "a page of the old site outside any collection: not imported (copy its text into a section if it is still needed)";
  }
  const role = FOLDER_ROLES.find(([pattern]) => pattern.test(top!));
  return role ? role[1] : "not in a collection: not imported";
}
