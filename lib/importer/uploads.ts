/**
 * Files of the old site's `uploads/` folder that articles refer to, found however the
 * reference spells them: percent-encoded or not, accents composed or decomposed (macOS),
 * with the old site's address in front, or with a different letter case as a last resort.
 */
import fs from "node:fs";
import path from "node:path";
import { safeDecode } from "@/lib/safe-decode";

export type UploadMatch = {
  /** The file in the old site's uploads folder. */
  source: string;
  /** Path under `/uploads/`, decoded, accents composed: the name it gets in `<content>/_uploads/`. */
  name: string;
  /** Found only by ignoring letter case: worth a warning. */
  caseChanged: boolean;
};

/** `/uploads/a b.pdf` as a link must write it: every character that could end a link or attribute is encoded. */
export function uploadHref(name: string): string {
  return `/uploads/${name
    .split("/")
    .map((part) => encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/")}`;
}

/**
 * The part of a reference after `uploads/` (`/uploads/x.pdf`, `uploads/x.pdf`,
 * `../uploads/x.pdf`, `https://<old host>/uploads/x.pdf`), or undefined when it is no upload.
 */
export function uploadPathOf(reference: string, hosts: string[], baseurl = ""): string | undefined {
  let ref = reference.trim().split(/[?#]/)[0]!;
  const absolute = /^https?:\/\/([^/]+)(\/.*)?$/i.exec(ref);
  if (absolute) {
    if (!hosts.includes(absolute[1]!.toLowerCase())) return undefined;
    ref = absolute[2] ?? "/";
  }
  if (baseurl && ref.startsWith(`${baseurl}/`)) ref = ref.slice(baseurl.length);
  const m = /^(?:\.{0,2}\/)*_?uploads\/(.+)$/.exec(ref);
  if (!m) return undefined;
  return safeDecode(m[1]!).normalize("NFC");
}

/** Finds referenced files in an uploads folder; one listing of the folder is kept. */
export class UploadsFolder {
  private byName?: Map<string, string>;
  private byLowerName?: Map<string, string>;

  constructor(readonly dir: string | undefined) {}

  private index() {
    if (this.byName) return;
    this.byName = new Map();
    this.byLowerName = new Map();
    if (!this.dir) return;
    const walk = (folder: string, prefix: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path.join(folder, entry.name), rel);
        else if (entry.isFile()) {
          const key = rel.normalize("NFC");
          this.byName!.set(key, path.join(folder, entry.name));
          if (!this.byLowerName!.has(key.toLowerCase())) this.byLowerName!.set(key.toLowerCase(), key);
        }
      }
    };
    walk(this.dir, "");
  }

  find(name: string): UploadMatch | undefined {
    this.index();
    const exact = this.byName!.get(name);
    if (exact) return { source: exact, name, caseChanged: false };
    const other = this.byLowerName!.get(name.toLowerCase());
    return other ? { source: this.byName!.get(other)!, name: other, caseChanged: true } : undefined;
  }
}
