/**
 * What a Jekyll repository holds, for the importer: its collections (each becomes a section),
 * its drafts, its uploads folder, and from `_config.yml` the site's address and each
 * collection's permalink pattern.
 */
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";

export type Collection = {
  /** `actualites` for `_actualites/` (or a collection folder given alone). */
  name: string;
  dir: string;
  /** The content folder it goes to (`actualites`, or `_drafts` for Jekyll drafts). */
  section: string;
  /** `/actualites/:title/` from `_config.yml`, when the site says. */
  permalink?: string;
};

export type JekyllSite = {
  root: string;
  /** The folder the import was given (the root, or one collection): the source tree the report answers for. */
  inputDir: string;
  collections: Collection[];
  uploadsDir?: string;
  /** Host names of the old site (`www.numerique.gouv.fr`), from `_config.yml`'s `url`. */
  hosts: string[];
  baseurl: string;
  /** Notes about the site as a whole (defaults not applied, config not readable…). */
  notes: string[];
};

export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInputError";
  }
}

export const CONTENT_EXTENSIONS = /\.(md|markdown|mdx)$/i;
// Folders of a Jekyll repository that hold templates, data or output, never articles.
const NOT_COLLECTIONS = new Set(["_layouts", "_includes", "_sass", "_scss", "_data", "_site", "_plugins", "_i18n", "_uploads", "_assets"]);

/** A folder, or a link to one. */
export function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function hasContentFiles(dir: string): boolean {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && CONTENT_EXTENSIONS.test(e.name));
  } catch {
    return false;
  }
}

function readConfig(root: string, notes: string[]): Record<string, unknown> {
  for (const name of ["_config.yml", "_config.yaml"]) {
    const file = path.join(root, name);
    if (!fs.existsSync(file)) continue;
    try {
      const value: unknown = parseYaml(fs.readFileSync(file, "utf8"));
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    } catch (error) {
      notes.push(`${name} could not be read (${(error as Error).message.split("\n")[0]}): collections are taken from the folders`);
      return {};
    }
  }
  return {};
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function uploadsIn(root: string): string | undefined {
  for (const name of ["uploads", "_uploads"]) {
    const dir = path.join(root, name);
    // A link named uploads is not followed (see source-tree.ts): it is reported, not read.
    if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) return dir;
  }
  return undefined;
}

/** Defaults of `_config.yml` the old site applied silently: reported, never copied into files. */
function describeDefaults(config: Record<string, unknown>, notes: string[]) {
  const defaults = Array.isArray(config.defaults) ? config.defaults : [];
  for (const entry of defaults) {
    const scope = record(record(entry).scope);
    const values = record(record(entry).values);
    const meaningful = Object.entries(values)
      .filter(([key, v]) => key !== "layout" && v !== null && v !== "" && !(Array.isArray(v) && v.every((x) => !x || Object.values(record(x)).every((y) => y === null))))
      .map(([key]) => key);
    if (meaningful.length) {
      notes.push(
        `_config.yml gives ${typeof scope.type === "string" ? `"${scope.type}"` : "some documents"} default values (${meaningful.join(", ")}); they are not copied into the articles: add them to the files that need them`,
      );
    }
  }
}

/** Reads a Jekyll site root, or a single collection folder. */
export function readJekyllSite(input: string, uploadsOverride?: string): JekyllSite {
  const root = path.resolve(input);
  if (!fs.existsSync(root)) throw new ImportInputError(`no such folder: ${input}`);
  if (!fs.statSync(root).isDirectory()) throw new ImportInputError(`not a folder: ${input} (give a Jekyll site or a collection folder)`);
  const notes: string[] = [];
  let uploadsDir: string | undefined;
  if (uploadsOverride) {
    uploadsDir = path.resolve(uploadsOverride);
    if (!fs.existsSync(uploadsDir) || !fs.statSync(uploadsDir).isDirectory()) {
      throw new ImportInputError(`no such uploads folder: ${uploadsOverride}`);
    }
  }

  // A collection folder given alone: its files go to the section of its name.
  if (hasContentFiles(root) && !fs.existsSync(path.join(root, "_config.yml"))) {
    const name = path.basename(root).replace(/^_/, "");
    const parent = path.dirname(root);
    const config = readConfig(parent, notes);
    return {
      root: parent,
      inputDir: root,
      collections: [{ name, dir: root, section: name === "drafts" ? "_drafts" : name, permalink: permalinkOf(config, name) }],
      uploadsDir: uploadsDir ?? uploadsIn(parent),
      ...siteAddress(config),
      notes,
    };
  }

  const config = readConfig(root, notes);
  describeDefaults(config, notes);
  const collections: Collection[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const dir = path.join(root, entry.name);
    // `entry` is the link itself when the folder is a link: never followed (source-tree.ts).
    if (!entry.isDirectory() || !entry.name.startsWith("_") || NOT_COLLECTIONS.has(entry.name)) continue;
    if (!hasContentFiles(dir) && !fs.readdirSync(dir, { withFileTypes: true }).some((e) => e.isDirectory())) continue;
    const name = entry.name.slice(1);
    collections.push({ name, dir, section: name === "drafts" ? "_drafts" : name, permalink: permalinkOf(config, name) });
  }
  if (!collections.length) {
    throw new ImportInputError(`no Jekyll collection in ${input}: expected folders such as _actualites/ or _posts/ holding .md files, or a collection folder itself`);
  }
  return { root, inputDir: root, collections, uploadsDir: uploadsDir ?? uploadsIn(root), ...siteAddress(config), notes };
}

function permalinkOf(config: Record<string, unknown>, name: string): string | undefined {
  const permalink = record(record(config.collections)[name]).permalink;
  return typeof permalink === "string" && permalink.trim() ? permalink.trim() : undefined;
}

function siteAddress(config: Record<string, unknown>): { hosts: string[]; baseurl: string } {
  const hosts: string[] = [];
  if (typeof config.url === "string") {
    try {
      const host = new URL(config.url).hostname;
      hosts.push(host);
      hosts.push(host.startsWith("www.") ? host.slice(4) : `www.${host}`);
    } catch {
      // Not a URL: no host to recognise.
    }
  }
  const baseurl = typeof config.baseurl === "string" ? config.baseurl.replace(/\/+$/, "") : "";
  return { hosts, baseurl };
}
