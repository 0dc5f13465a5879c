import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCheck } from "@/lib/check/run";
import { loadContent } from "@/lib/content/load";
import { frontMatterDate, scaffoldArticle, scaffoldSlug } from "@/lib/content/scaffold";
import { runScript } from "./support/run-script";

describe("a new article's file", () => {
  it("gets a slug with accents folded and punctuation turned into hyphens", () => {
    expect(scaffoldSlug("Titre de l'article")).toBe("titre-de-l-article");
    expect(scaffoldSlug("Été 2027 : l’État ouvre ses données, œuvre commune !")).toBe("ete-2027-l-etat-ouvre-ses-donnees-oeuvre-commune");
  });

  it("stops a long slug at a word", () => {
    const slug = scaffoldSlug("Un titre ".repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^un-titre-.*-(un|titre)$/);
  });

  it("is dated in Europe/Paris, whatever the machine's time zone", () => {
    expect(frontMatterDate(new Date("2027-06-03T08:00:00Z"))).toBe("2027-06-03 10:00:00 +02:00");
    expect(frontMatterDate(new Date("2027-01-15T23:30:00Z"))).toBe("2027-01-16 00:30:00 +01:00");
  });

  it("says where the page will be, in the section's URL", () => {
    const article = scaffoldArticle({ title: "Un communiqué", section: "communiques", mdx: true, now: new Date() });
    expect(article).toMatchObject({ fileName: "un-communique.mdx", url: "/espace-presse/un-communique/" });
  });
});

describe("npm run new", () => {
  let content: string;
  beforeEach(() => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-new-"));
  });
  afterEach(() => {
    fs.rmSync(content, { recursive: true, force: true });
    delete process.env.CONTENT_DIR;
  });
  const run = (...args: string[]) =>
    runScript("scripts/new.ts", args, { env: { CONTENT_DIR: content, PORT: "3000" } });

  it("creates a draft with every common key, that loads and passes the check, and says where to see it", async () => {
    const { status, stdout } = run("Titre de l'article", "--section", "evenements");
    expect(status).toBe(0);
    const file = path.join(content, "evenements", "titre-de-l-article.md");
    expect(stdout).toContain(`created ${file} (a draft)`);
    expect(stdout).toContain("preview: http://localhost:3000/agenda/titre-de-l-article/");
    const text = fs.readFileSync(file, "utf8");
    for (const key of ["title", "date", "draft", "sous-titre", "auteur", "chapeau-text", "categories", "tags", "une-ou-diaporama", "files", "event_start_date", "lieu"]) {
      expect(text).toMatch(new RegExp(`^${key}:`, "m"));
    }
    process.env.CONTENT_DIR = content;
    const [article] = loadContent().articles;
    expect(article).toMatchObject({ title: "Titre de l'article", draft: true, url: "/agenda/titre-de-l-article/" });
    expect(Date.now() - article!.date!.getTime()).toBeLessThan(5 * 60_000);
    expect((await runCheck({ cache: false })).issues).toEqual([]);
  }, 60_000);

  it("refuses to overwrite an article, whatever its extension", () => {
    expect(run("Un titre déjà pris").status).toBe(0);
    const file = path.join(content, "actualites", "un-titre-deja-pris.md");
    fs.appendFileSync(file, "\nDu texte à garder.\n");
    const before = fs.readFileSync(file, "utf8");
    const again = run("Un titre déjà pris", "--mdx");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists: nothing was written");
    expect(fs.readFileSync(file, "utf8")).toBe(before);
    expect(fs.existsSync(path.join(content, "actualites", "un-titre-deja-pris.mdx"))).toBe(false);
  }, 60_000);

  it("refuses a section the site does not have", () => {
    const { status, stderr } = run("Un titre", "--section", "actualite");
    expect(status).toBe(2);
    expect(stderr).toContain('unknown section "actualite"');
  }, 60_000);
});
