/**
 * The importer stays inside the site it imports and the folders it writes: symbolic links of
 * the old site (to a file, to a folder, to a whole collection, back up the tree) are never
 * followed, and are listed with why; a link planted in the output folder is never written
 * through. The report's counts still add up. Real links in a temporary folder; the files they
 * point to are tests/fixtures/hostile/import-outside/.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importSite, type ImportReport } from "@/lib/importer/import-site";

const SITE = path.join(import.meta.dirname, "fixtures", "unseen", "jekyll");
const OUTSIDE = path.join(import.meta.dirname, "fixtures", "hostile", "import-outside");
const SECRET = "SECRET-HORS-SITE";

let work: string;
let source: string;
let out: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-import-links-"));
  source = path.join(work, "ancien-site");
  fs.cpSync(SITE, source, { recursive: true });
  out = path.join(work, "content");
  fs.symlinkSync(path.join(OUTSIDE, "secret.md"), path.join(source, "_actualites", "lien-fichier.md"));
  fs.symlinkSync(path.join(OUTSIDE, "dossier"), path.join(source, "_actualites", "lien-dossier"));
  fs.symlinkSync("..", path.join(source, "_actualites", "boucle"));
  fs.symlinkSync(path.join(OUTSIDE, "dossier"), path.join(source, "_liens"));
  fs.symlinkSync(path.join(OUTSIDE, "secret.png"), path.join(source, "uploads", "lien-image.png"));
  fs.symlinkSync("/", path.join(source, "racine"));
  fs.symlinkSync(path.join(work, "nulle-part"), path.join(source, "_actualites", "cassé.md"));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const run = (): ImportReport => importSite({ input: source, out });

/** Entries of a folder, counted without following any link (a link is one entry). */
function countEntries(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    n += entry.isDirectory() ? countEntries(path.join(dir, entry.name)) : 1;
  }
  return n;
}

/** Every byte written under a folder, links not followed. */
function written(dir: string): string {
  if (!fs.existsSync(dir)) return "";
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), "latin1"))
    .join("\n");
}

describe("symbolic links in the imported site", () => {
  it("are never followed: nothing they point to is imported, and no loop is walked", () => {
    const report = run();
    expect(written(out)).not.toContain(SECRET);
    expect(report.files.map((f) => f.source).filter((s) => s.includes("boucle/"))).toEqual([]);
  });

  it("are listed as skipped, each with where it points and why", () => {
    const report = run();
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(skipped).sort()).toEqual(
      ["_actualites/boucle", "_actualites/cassé.md", "_actualites/lien-dossier", "_actualites/lien-fichier.md", "_liens", "racine", "uploads/lien-image.png"].sort(),
    );
    expect(skipped["_actualites/boucle"]).toMatch(/^a symbolic link \(to \.\.\): not followed/);
    expect(skipped["_liens"]).toContain(path.join(OUTSIDE, "dossier"));
    // A link to a collection is not a collection.
    expect(report.files.some((f) => f.source.startsWith("_liens/"))).toBe(false);
  });

  it("still count once each: the report's counts add up to the entries of the tree", () => {
    const a = run().accounting;
    const sum = a.articles.written + a.articles.unchanged + a.articles.kept + a.quarantined + a.uploads.copied + a.uploads.unchanged + a.uploads.kept + a.notArticles;
    expect(a.sourceFiles).toBe(countEntries(source));
    expect(sum).toBe(a.sourceFiles);
    expect(a.articles.written).toBe(4);
  });
});

describe("symbolic links in the output folders", () => {
  it("are never written through: a section folder that is a link stays untouched, and it is said", () => {
    const victim = path.join(work, "ailleurs");
    fs.mkdirSync(victim);
    fs.mkdirSync(out);
    fs.symlinkSync(victim, path.join(out, "actualites"));
    const report = run();
    expect(fs.readdirSync(victim)).toEqual([]);
    const blocked = report.files.filter((f) => f.errors.some((e) => /actualites is a symbolic link: not written through it/.test(e)));
    expect(blocked.length).toBeGreaterThan(0);
    expect(report.skipped.filter((s) => /is a symbolic link: not written/.test(s.reason)).length).toBe(blocked.length);
    const a = report.accounting;
    expect(a.articles.written + a.articles.unchanged + a.articles.kept + a.quarantined + a.uploads.copied + a.uploads.unchanged + a.uploads.kept + a.notArticles).toBe(a.sourceFiles);
  });

  it("a file that is a link, and an uploads folder that is a link, are not written through either", () => {
    const victim = path.join(work, "victime.md");
    fs.writeFileSync(victim, "intact");
    fs.mkdirSync(path.join(out, "actualites"), { recursive: true });
    fs.symlinkSync(victim, path.join(out, "actualites", "un-article-date.md"));
    const victimDir = path.join(work, "uploads-ailleurs");
    fs.mkdirSync(victimDir);
    fs.symlinkSync(victimDir, path.join(out, "_uploads"));
    const report = run();
    expect(fs.readFileSync(victim, "utf8")).toBe("intact");
    expect(fs.readdirSync(victimDir)).toEqual([]);
    expect(report.uploads.kept.length).toBeGreaterThan(0);
    expect(report.skipped.map((s) => s.reason).join("\n")).toMatch(/_uploads is a symbolic link/);
  });
});
