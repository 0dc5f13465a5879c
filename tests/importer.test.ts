/**
 * The importer on fixture Jekyll trees (tests/fixtures/jekyll/), and on the shared corpus when
 * this machine has it: what it writes, what it leaves alone, what it refuses.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { splitSource } from "@/lib/content/split-source";
import { importSite, type ImportReport } from "@/lib/importer/import-site";
import { ImportInputError } from "@/lib/importer/jekyll-site";
import { markdownToHtml } from "@/lib/markdown/to-html";
import { runScript } from "./support/run-script";

const fixtures = path.join(import.meta.dirname, "fixtures", "jekyll");
const SITE = path.join(fixtures, "site");
const BAD = path.join(fixtures, "bad-site");
const CORPUS = path.resolve(process.env.CORPUS_DIR || path.join(import.meta.dirname, "..", "..", "shared", "corpus", "numerique.gouv.fr"));

let work: string;
let out: string;
let uploadsOut: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-import-"));
  out = path.join(work, "content");
  uploadsOut = path.join(out, "_uploads");
});
afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

const run = (input = SITE, force = false): ImportReport => importSite({ input, out, force });
const read = (rel: string) => fs.readFileSync(path.join(out, rel), "utf8");
const file = (report: ImportReport, source: string) => report.files.find((f) => f.source === source)!;

/** Every file under a folder with its bytes, to compare two states of it. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full).toString("base64");
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

describe("importing a Jekyll site", () => {
  it("maps each collection to its section and keeps file names, uploads in the content folder's _uploads/", () => {
    const report = run();
    expect(Object.keys(snapshot(out)).sort()).toEqual([
      ".import-manifest.json",
      "_drafts/un-brouillon.md",
      "_uploads/Mon fichier été.pdf",
      "_uploads/image.png",
      "_uploads/sous-dossier/doc.pdf",
      "actualites/liens-et-liquid.md",
      "articles/un-billet.md",
      "communiques/un-communique.md",
    ]);
    expect(file(report, "_communiques/un-communique.md").url).toBe("/espace-presse/un-communique/");
    expect(report.totals).toEqual({ written: 4, unchanged: 0, kept: 0, quarantined: 0, "not-article": 1 });
    expect(file(report, "_articles/page.html")).toMatchObject({ status: "not-article", reason: "an HTML document: not imported (copy its text into a .md file)" });
  });

  it("leaves front matter as written, except keys that must change, and says which", () => {
    const report = run();
    const source = fs.readFileSync(path.join(SITE, "_communiques", "un-communique.md"), "utf8");
    expect(splitSource(read("communiques/un-communique.md"))!.yaml).toBe(splitSource(source)!.yaml.replace('published: "true"', "published: true"));
    expect(file(report, "_communiques/un-communique.md").warnings).toContain('front matter "published" written as true (it was text)');
    const actualite = splitSource(read("actualites/liens-et-liquid.md"))!.yaml;
    const original = splitSource(fs.readFileSync(path.join(SITE, "_actualites", "liens-et-liquid.md"), "utf8"))!.yaml;
    expect(actualite).toBe(original.replace('"https://www.numerique.gouv.fr/uploads/image.png"', "/uploads/image.png"));
  });

  it("resolves Liquid, makes the old site's links internal and points uploads at /uploads/", () => {
    run();
    const body = splitSource(read("actualites/liens-et-liquid.md"))!.body;
    expect(body).toContain("Lire [le communiqué](/espace-presse/un-communique/) et [l'article](/articles/un-billet/).");
    expect(body).toContain("[une page ici](/espace-presse/un-communique/) et [une page partie](https://www.numerique.gouv.fr/services/ailleurs/)");
    expect(body).not.toContain("{% include");
    expect(body).toContain('<img src="/uploads/image.png" alt="Une image relative">');
    expect(body).toContain("![Une image absolue](/uploads/image.png)");
    expect(body).toContain("[un absent](/uploads/absent.pdf)");
    // Code and {% raw %} are the editor's text, untouched.
    expect(body).toContain("```\n{{ site.url }} reste tel quel dans le code\n```");
    expect(body).toContain("{% raw %}{{ ceci aussi }}{% endraw %}");
  });

  it("copies the uploads articles use, whatever their names, and lists the missing ones", () => {
    const report = run();
    expect(Object.keys(snapshot(uploadsOut)).sort()).toEqual(["Mon fichier été.pdf", "image.png", "sous-dossier/doc.pdf"]);
    expect(report.uploads.missing).toEqual([{ file: "uploads/absent.pdf", referencedBy: ["_actualites/liens-et-liquid.md"] }]);
    expect(file(report, "_actualites/liens-et-liquid.md").warnings).toContainEqual(expect.stringMatching(/uploads\/IMAGE\.PNG found as uploads\/image\.png/));
  });

  it("adds the old address as a redirect when the collection was published elsewhere", () => {
    const report = run();
    expect(read("articles/un-billet.md")).toContain("redirect_from:\n- /blog/un-billet/\n");
    expect(report.redirects).toContainEqual({ from: "/blog/un-billet/", to: "/articles/un-billet/", source: "_articles/un-billet.md", created: true });
  });

  it("counts the legacy patterns and reports what the old site's defaults did", () => {
    const report = run();
    expect(report.patterns).toMatchObject({ "figures (<figure>)": 1, "kramdown attribute lists ({: …})": 1, "Markdown images": 1 });
    expect(report.changes).toMatchObject({ "Liquid links resolved": 1, "Liquid tags removed": 1, "upload paths normalised": 3 });
    expect(report.notes).toContainEqual(expect.stringMatching(/"communiques" default values \(contact-presse\)/));
  });

  it("renders the imported article exactly as the file as it was", async () => {
    const report = run();
    const served = new Set(report.files.flatMap((f) => (f.url ? [f.url] : [])));
    const resolve = (p: string) => (served.has(p) ? p : undefined);
    for (const source of ["_communiques/un-communique.md", "_articles/un-billet.md"]) {
      const before = splitSource(fs.readFileSync(path.join(SITE, source), "utf8"))!.body;
      const after = splitSource(fs.readFileSync(path.join(work, file(report, source).target!.replace(/^.*content\//, "content/")), "utf8"))!.body;
      expect(await markdownToHtml(after, { resolve })).toBe(await markdownToHtml(before, { resolve }));
    }
  });
});

describe("importing again", () => {
  it("changes nothing when nothing changed", () => {
    run();
    const before = { content: snapshot(out), uploads: snapshot(uploadsOut) };
    const again = run();
    expect(again.totals).toEqual({ written: 0, unchanged: 4, kept: 0, quarantined: 0, "not-article": 1 });
    expect(again.uploads.copied).toEqual([]);
    expect({ content: snapshot(out), uploads: snapshot(uploadsOut) }).toEqual(before);
  });

  it("keeps a file an editor changed, unless --force", () => {
    run();
    const edited = `${read("articles/un-billet.md")}\nUne phrase ajoutée par la rédaction.\n`;
    fs.writeFileSync(path.join(out, "articles", "un-billet.md"), edited);
    const again = run();
    expect(file(again, "_articles/un-billet.md").status).toBe("kept");
    expect(read("articles/un-billet.md")).toBe(edited);
    const forced = run(SITE, true);
    expect(file(forced, "_articles/un-billet.md").status).toBe("written");
    expect(read("articles/un-billet.md")).not.toContain("ajoutée par la rédaction");
  });

  it("never overwrites a file it did not write", () => {
    fs.mkdirSync(path.join(out, "communiques"), { recursive: true });
    fs.writeFileSync(path.join(out, "communiques", "un-communique.md"), "---\ntitle: Déjà là\ndate: 2020-01-01\n---\n\nÀ garder.\n");
    const report = run();
    expect(file(report, "_communiques/un-communique.md")).toMatchObject({ status: "quarantined", reason: "name collision" });
    expect(file(report, "_communiques/un-communique.md").errors[0]).toMatch(/name collision/);
    expect(read("communiques/un-communique.md")).toContain("À garder.");
    // The imported text is not lost: it waits beside, in the folder of files to repair.
    expect(read("_a-reparer/communiques/un-communique.md")).toContain("title: Un communiqué");
  });
});

describe("bad input", () => {
  it("refuses a missing folder and writes nothing", () => {
    expect(() => run(path.join(fixtures, "absent"))).toThrow(ImportInputError);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("reports broken YAML, impossible dates, non-UTF-8 text and name collisions, imports the rest and keeps those aside", () => {
    const report = run(BAD);
    expect(report.totals).toMatchObject({ written: 2, quarantined: 4 });
    expect(file(report, "_actualites/yaml-casse.md").errors[0]).toMatch(/^\d+:\d+: front matter is not valid YAML/);
    expect(file(report, "_actualites/sans-date.md").errors[0]).toMatch(/^3:7: front matter "date": expected a real calendar date/);
    expect(file(report, "_actualites/latin1.md").errors[0]).toMatch(/not UTF-8 text/);
    expect(file(report, "_actualites/deux-mots.md").errors[0]).toMatch(/name collision: _actualites\/Deux mots\.md already has the address \/actualites\/deux-mots\//);
    expect(Object.keys(snapshot(out)).sort()).toEqual([
      ".import-manifest.json",
      "_a-reparer/actualites/deux-mots.md",
      "_a-reparer/actualites/latin1.md",
      "_a-reparer/actualites/sans-date.md",
      "_a-reparer/actualites/yaml-casse.md",
      "actualites/Deux mots.md",
      "actualites/correct.md",
    ]);
  });

  it("imports a collection folder given alone", () => {
    const report = importSite({ input: path.join(SITE, "_communiques"), out });
    expect(report.totals.written).toBe(1);
    expect(read("communiques/un-communique.md")).toContain("title: Un communiqué");
    expect(report.uploads.copied).toEqual(["Mon fichier été.pdf"]);
  });
});

describe("the command", () => {
  const cli = (...args: string[]) =>
    runScript("scripts/import.ts", args);

  it("prints a summary, writes import-report.json and exits 1 only when files had to be kept aside for repair", () => {
    const reportFile = path.join(work, "import-report.json");
    const good = cli(SITE, "--out", out, "--report", reportFile);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("4 written, 0 unchanged");
    expect(good.stdout).toContain("missing: uploads/absent.pdf");
    expect(JSON.parse(fs.readFileSync(reportFile, "utf8")).totals.written).toBe(4);
    const bad = cli(BAD, "--out", out, "--report", reportFile);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/_actualites\/latin1\.md: not UTF-8 text/);
  }, 30_000);

  it("says clearly what is wrong with its arguments", () => {
    const missing = cli(path.join(fixtures, "absent"), "--out", out);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/import: no such folder/);
    expect(fs.existsSync(out)).toBe(false);
    const unknown = cli(SITE, "--sortie", out);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --sortie/);
  }, 30_000);
});

describe.skipIf(!fs.existsSync(CORPUS))("the shared corpus", () => {
  it("imports every article and renders each one exactly as the file as it was", async () => {
    const site = path.join(work, "site");
    fs.mkdirSync(site);
    for (const folder of fs.readdirSync(CORPUS)) {
      // Copied, not linked: the importer never follows a symbolic link out of the site it imports.
      if (fs.statSync(path.join(CORPUS, folder)).isDirectory()) fs.cpSync(path.join(CORPUS, folder), path.join(site, `_${folder}`), { recursive: true });
    }
    const report = run(site);
    expect(report.totals.quarantined).toBe(0);
    const articles = report.files.filter((f) => /\.(md|markdown|mdx)$/i.test(f.source));
    expect(report.totals.written).toBe(articles.length);
    const served = new Set(report.files.flatMap((f) => (f.url ? [f.url] : [])));
    const resolve = (p: string) => (served.has(p) ? p : undefined);
    const different: string[] = [];
    for (const f of articles) {
      const before = splitSource(fs.readFileSync(path.join(site, f.source), "utf8"))!.body;
      const after = splitSource(fs.readFileSync(path.join(out, f.target!.replace(/^.*content\//, "")), "utf8"))!.body;
      if ((await markdownToHtml(before, { resolve })) !== (await markdownToHtml(after, { resolve }))) different.push(f.source);
    }
    expect(different).toEqual([]);
  }, 60_000);
});

if (!fs.existsSync(CORPUS)) console.log(`Corpus import test skipped: no corpus at ${CORPUS} (set CORPUS_DIR).`);
