import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

const fixtures = path.join(import.meta.dirname, "fixtures", "content");

function load(folder: string) {
  process.env.CONTENT_DIR = path.join(fixtures, folder);
  return loadContent();
}

afterEach(() => {
  delete process.env.CONTENT_DIR;
});

describe("loading a content folder", () => {
  it("turns every good file into a typed article", () => {
    const index = load("good");
    expect(index.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(index.articles.map((a) => a.url).sort()).toEqual([
      "/actualites/article-complet/",
      "/actualites/nosdemarches.gouv.fr/",
      "/bna/",
      "/espace-presse/communiqué-été-2022/",
    ]);
  });

  it("normalises the Jekyll keys", () => {
    const article = load("good").byUrl.get("/actualites/article-complet/")!;
    expect(article.title).toBe("Un article complet : toutes les clés");
    expect(article.section).toMatchObject({ folder: "actualites", path: "actualites", label: "Actualités" });
    expect(article.tags).toEqual([
      { slug: "accelerateur-d-initiatives-citoyennes", label: "Accélérateur d'initiatives citoyennes" },
      { slug: "open-source", label: "Open source" },
    ]);
    expect(article.hero).toEqual({ src: "/uploads/a.jpg", alt: "Un texte alternatif", caption: "Une légende" });
    expect(article.files).toEqual([{ href: "/uploads/doc.pdf", name: "Le document" }]);
    expect(article.pressContact).toEqual({ name: "Service de presse", phones: ["0123456789"], email: "presse@example.org" });
    expect(article.updated?.toISOString()).toBe("2024-11-30T23:00:00.000Z");
    expect(article.draft).toBe(false);
    expect(article.unknownKeys).toEqual(["inconnue"]);
    expect(article.ignoredKeys).toEqual(["layout"]);
  });

  it("reports ignored and unknown keys and odd shapes as warnings with their line", () => {
    const warnings = load("good").issues.filter((i) => i.severity === "warning").map(formatIssue);
    expect(warnings).toContain(
      'tests/fixtures/content/good/actualites/article-complet.md:25:1: warning: front matter "layout" is a Jekyll presentation key and has no effect here',
    );
    expect(warnings).toContain(
      'tests/fixtures/content/good/actualites/article-complet.md:26:1: warning: front matter "inconnue" is not a known key (kept, not shown)',
    );
    expect(warnings.some((w) => w.includes(':19:3: warning: front matter "files[1]" has no "file" or "lien"'))).toBe(true);
  });

  it("marks published: false as a draft and honours permalink and redirect_from", () => {
    const index = load("good");
    expect(index.byUrl.get("/espace-presse/communiqué-été-2022/")!.draft).toBe(true);
    expect(index.byUrl.get("/bna/")!.redirectFrom).toEqual(["/ancienne-adresse/"]);
  });
});

describe("bad front matter", () => {
  const messages = () => load("bad").issues.filter((i) => i.severity === "error").map(formatIssue);

  it("names the file and line of a YAML syntax error", () => {
    expect(messages().find((m) => m.includes("yaml-casse"))).toMatch(
      /^tests\/fixtures\/content\/bad\/actualites\/yaml-casse\.md:[45]:\d+: error: front matter is not valid YAML/,
    );
  });
  it("says which required key is missing", () => {
    expect(messages().find((m) => m.includes("sans-titre"))).toMatch(/sans-titre\.md:\d+:\d+: error: front matter "title" is required/);
  });
  it("points at the line of an impossible date and says what was expected", () => {
    expect(messages()).toContain(
      'tests/fixtures/content/bad/actualites/date-impossible.md:5:7: error: front matter "date": expected a real calendar date and time, got "2023-02-30 10:28:00 +02:00"',
    );
  });
  it("points at a key with the wrong shape", () => {
    expect(messages().find((m) => m.includes("mauvaise-forme"))).toMatch(/mauvaise-forme\.md:5:3: error: front matter "tags": expected a list of labels/);
  });
  it("keeps the URL of a broken file so development can show its error there", () => {
    expect(load("bad").broken.map((b) => b.url).sort()).toContain("/actualites/date-impossible/");
  });
});

describe("two files, one URL", () => {
  it("is an error that names both files", () => {
    const errors = load("duplicate").issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(formatIssue(errors[0]!)).toMatch(
      /duplicate\/actualites\/meme-adresse\.md:1:1: error: the URL \/actualites\/meme-adresse\/ is already used by tests\/fixtures\/content\/duplicate\/actualites\/autre-fichier\.md/,
    );
  });
});
