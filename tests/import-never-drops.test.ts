/**
 * The importer never drops a file the old repository holds (issue 11): dated articles are
 * imported as they are, undated published documents as undated pages (with the date their file
 * was added when the old site is a git repository), drafts without a date or title as drafts, a
 * file that cannot be read as an article is kept byte for byte in `_a-reparer/`, and the report's
 * counts add up to the number of files of the source tree. Fixture: tests/fixtures/unseen/jekyll/.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { importSite, type ImportReport } from "@/lib/importer/import-site";
import { runScript } from "./support/run-script";

const FIXTURE = path.join(import.meta.dirname, "fixtures", "unseen", "jekyll");

let work: string;
let source: string;
let out: string;
let uploadsOut: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-unseen-import-"));
  // A copy outside any git repository (this project is one): the old site as it was handed over.
  source = path.join(work, "ancien-site");
  fs.cpSync(FIXTURE, source, { recursive: true });
  out = path.join(work, "content");
  uploadsOut = path.join(out, "_uploads");
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(work, { recursive: true, force: true });
});

const run = (): ImportReport => importSite({ input: source, out });
const file = (report: ImportReport, name: string) => report.files.find((f) => f.source === name)!;

/** Every file under a folder, counted here on its own terms (names starting with a dot left out, as Jekyll does). */
function countFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}

describe("importing an old site that holds more than clean articles", () => {
  it("accounts for every file of the source tree once: the counts add up", () => {
    const report = run();
    const a = report.accounting;
    const sum = a.articles.written + a.articles.unchanged + a.articles.kept + a.quarantined + a.uploads.copied + a.uploads.unchanged + a.uploads.kept + a.notArticles;
    expect(a.sourceFiles).toBe(countFiles(source));
    expect(sum).toBe(countFiles(source));
    expect(a).toEqual({
      sourceFiles: 15,
      articles: { written: 4, unchanged: 0, kept: 0 },
      quarantined: 3,
      uploads: { copied: 1, unchanged: 0, kept: 0 },
      notArticles: 7,
    });
    // Each file that is no article is listed, with why.
    expect(report.files.filter((f) => f.status === "not-article").map((f) => [f.source, f.reason])).toEqual([
      ["_actualites/page.html", expect.stringMatching(/^an HTML document/)],
      ["_actualites/photo.gif", expect.stringMatching(/^not a Markdown document/)],
    ]);
    expect(report.uploads.unused).toEqual(["inutilise.pdf"]);
    // The upload an article uses lands with the content, in the folder the site serves /uploads/ from.
    expect(fs.readdirSync(uploadsOut)).toEqual(["image.png"]);
    expect(report.others.map((o) => o.file)).toEqual(["_config.yml", "_layouts/default.html", "assets/style.css", "index.md"]);
  });

  it("keeps a file whose front matter does not parse byte for byte in _a-reparer/, with the error, file and line", () => {
    const report = run();
    for (const name of ["front-matter-casse.md", "jamais-ferme.md", "sans-titre.md"]) {
      const kept = path.join(out, "_a-reparer", "actualites", name);
      expect(fs.readFileSync(kept).equals(fs.readFileSync(path.join(source, "_actualites", name))), name).toBe(true);
      expect(file(report, `_actualites/${name}`)).toMatchObject({ status: "quarantined" });
    }
    expect(file(report, "_actualites/front-matter-casse.md").errors).toEqual([expect.stringMatching(/^3:\d+: front matter is not valid YAML: Missing closing "quote/)]);
    expect(file(report, "_actualites/jamais-ferme.md").errors).toEqual(["1:1: the front matter is not closed: no line « --- » ends it"]);
    // Something that would be published without a title: both ways out.
    expect(file(report, "_actualites/sans-titre.md").errors).toEqual([
      '1:1: front matter "title": a document that will be published needs a title: add « title: Le titre », or mark it « draft: true » to keep it unpublished',
    ]);
    // Nothing is published from there, and no build stops: the preview lists them « À réparer ».
    vi.stubEnv("CONTENT_DIR", out);
    const index = loadContent();
    expect(index.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([]);
    expect(index.toRepair.map((f) => path.basename(f.displayPath)).sort()).toEqual(["front-matter-casse.md", "jamais-ferme.md", "sans-titre.md"]);
    expect(index.articles.map((a) => a.url).sort()).toEqual([
      "/actualites/brouillon-sans-date/",
      "/actualites/nos-principes/",
      "/actualites/un-article-date/",
      "/actualites/une-idee/",
    ]);
  });

  it("imports drafts without a date or a title as drafts, and a published document without a date as an undated page", () => {
    const report = run();
    expect(file(report, "_actualites/brouillon-sans-date.md")).toMatchObject({ status: "written" });
    expect(file(report, "_actualites/brouillon-sans-date.md").warnings).toEqual([
      expect.stringMatching(/à compléter avant publication : no "title" yet/),
      expect.stringMatching(/à compléter avant publication : no "date" yet/),
    ]);
    expect(file(report, "_drafts/une-idee.md")).toMatchObject({ status: "written" });
    expect(file(report, "_actualites/nos-principes.md").warnings).toEqual([expect.stringMatching(/sans date : publié comme page/)]);
    // Not a git repository: no date to suggest.
    expect(report.undated).toEqual([{ source: "_actualites/nos-principes.md", target: expect.stringMatching(/actualites\/nos-principes\.md$/), url: "/actualites/nos-principes/" }]);
  });

  it("lists the dead links it found, grouped by target", () => {
    const report = run();
    expect(report.deadLinks).toEqual([
      { target: "/actualites/page-disparue/", kind: "page", from: ["_actualites/nos-principes.md", "_actualites/un-article-date.md"] },
      { target: "/services/ailleurs/", kind: "page", from: ["_actualites/un-article-date.md"] },
      { target: "/uploads/rapport-manquant.pdf", kind: "file", from: ["_actualites/un-article-date.md"] },
    ]);
  });

  it("exits 1 (« imported, with files to repair ») and prints counts that add up", () => {
    const cli = runScript("scripts/import.ts", [source, "--out", out, "--report", path.join(work, "rapport.json")]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain("15 files in the source tree:");
    expect(cli.stdout).toContain("4 + 0 + 0 + 3 + 1 + 0 + 0 + 7 = 15");
    expect(cli.stdout).toMatch(/_actualites\/jamais-ferme\.md:1:1: the front matter is not closed/);
    expect(cli.stdout).toMatch(/\/actualites\/page-disparue\/ \(page, 2 articles/);
  }, 30_000);
});

describe("an old site kept in git", () => {
  const git = (...args: string[]) => {
    const result = spawnSync("git", ["-c", "user.name=Rédaction", "-c", "user.email=redaction@example.org", "-c", "commit.gpgsign=false", ...args], {
      cwd: source,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  const commitAt = (date: string, message: string) => {
    vi.stubEnv("GIT_AUTHOR_DATE", date);
    vi.stubEnv("GIT_COMMITTER_DATE", date);
    git("commit", "-q", "-m", message);
  };

  it("dates each undated document by the commit that added its file, not by its last change", () => {
    const principles = path.join(source, "_actualites", "nos-principes.md");
    const text = fs.readFileSync(principles, "utf8");
    fs.rmSync(principles);
    git("init", "-q");
    git("add", "-A");
    commitAt("2018-01-10T09:00:00+01:00", "Le site");
    fs.writeFileSync(principles, text);
    git("add", "-A");
    commitAt("2019-04-02T09:30:00+02:00", "Nos principes");
    fs.appendFileSync(principles, "\nUne phrase ajoutée plus tard.\n");
    git("add", "-A");
    commitAt("2022-11-20T16:00:00+01:00", "Une correction");

    const report = run();
    expect(report.undated).toEqual([expect.objectContaining({ source: "_actualites/nos-principes.md", addedOn: "2019-04-02T09:30:00+02:00" })]);
    // The repository's own files (.git) are no part of the source tree.
    expect(report.accounting.sourceFiles).toBe(countFiles(source));
  });
});
