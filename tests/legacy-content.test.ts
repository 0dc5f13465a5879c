/**
 * Jekyll content as it really was: front matter libyaml accepted, attached documents, links
 * between articles, and file names at the file system's length limit.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { splitFile } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import { articleBySourcePath, longUrlRewrites, redirects } from "@/lib/content/queries";
import { pageAt, pagePaths } from "@/lib/pages/table";
import { servedPath } from "@/lib/routing";

const fixture = path.join(import.meta.dirname, "fixtures", "content", "legacy");
const LONG = `/actualites/un-titre-tres-long-${"x".repeat(227)}/`;

function useFixture() {
  process.env.CONTENT_DIR = fixture;
  return loadContent();
}

afterEach(() => {
  delete process.env.CONTENT_DIR;
  delete process.env.STATIC_EXPORT;
});

describe("front matter as Jekyll read it", () => {
  it("accepts a quoted value whose closing quote starts a line, with a warning", () => {
    const index = useFixture();
    const article = index.byUrl.get("/actualites/chapeau-sur-plusieurs-lignes/")!;
    expect(article.chapeau).toBe("Un an après l'annonce, la suite du chapeau.");
    expect(index.issues.filter((i) => i.file.endsWith("chapeau-sur-plusieurs-lignes.markdown"))).toEqual([
      expect.objectContaining({ line: 7, severity: "warning", message: expect.stringMatching(/should be indented/) }),
    ]);
  });
  it("still refuses YAML that is broken for Jekyll too", () => {
    const split = splitFile("---\ntitle: Un titre\nchapeau-text: texte\nsans deux-points\n---\nCorps");
    expect(split.syntaxErrors.length).toBeGreaterThan(0);
    expect(split.leniencies).toEqual([]);
  });
});

describe("attached documents", () => {
  it("lists a communiqué's `file` as its press release", () => {
    const article = useFixture().byUrl.get("/espace-presse/communique-avec-fichier/")!;
    expect(article.files).toEqual([{ href: "/uploads/CP.pdf", name: "Télécharger le communiqué de presse" }]);
    expect(article.pressContact).toEqual({ name: "Service presse", phones: ["01 23 45 67 89"], email: "presse@example.org" });
  });
  it("lists another section's `file` under its file name", () => {
    const article = useFixture().byUrl.get("/publication/publication-avec-fichier/")!;
    expect(article.files).toEqual([{ href: "/uploads/Referentiel_general.pdf", name: "Referentiel_general.pdf" }]);
  });
});

describe("links between articles", () => {
  it("finds the article a Jekyll source path became", () => {
    useFixture();
    expect(articleBySourcePath("_communiques/communique-avec-fichier.md")?.url).toBe("/espace-presse/communique-avec-fichier/");
    expect(articleBySourcePath("communiques/communique-avec-fichier")?.url).toBe("/espace-presse/communique-avec-fichier/");
    expect(articleBySourcePath("_actualites/absent.md")).toBeUndefined();
  });
  it("knows which paths the site serves, old addresses leading to their page", () => {
    useFixture();
    expect(servedPath("/espace-presse/communique-avec-fichier/")).toBe("/espace-presse/communique-avec-fichier/");
    expect(servedPath("/ancienne-adresse-du-titre-long/")).toBe(LONG);
    expect(servedPath("/actualites/")).toBe("/actualites/");
    expect(servedPath("/")).toBe("/");
    expect(servedPath("/services/ailleurs/")).toBeUndefined();
    expect(servedPath("/uploads/absent.pdf")).toBeUndefined();
  });
});

describe("very long file names", () => {
  it("keeps the source site's URL", () => {
    expect(useFixture().byUrl.get(LONG)?.title).toBe("Un titre très long");
  });
  it("builds the page under a short alias in server mode, served at its own URL", async () => {
    useFixture();
    const [rewrite] = longUrlRewrites();
    expect(rewrite?.from).toBe(LONG);
    expect(rewrite?.to).toMatch(/^\/_u\/[0-9a-f]{20}\/$/);
    const longest = Math.max(...pagePaths().flat().map((s) => Buffer.byteLength(s)));
    expect(longest).toBeLessThanOrEqual(200);
    const aliasSegments = rewrite!.to.split("/").filter(Boolean);
    const page = pageAt(aliasSegments);
    expect(page?.kind).toBe("article");
    expect(await page?.metadata()).toMatchObject({ title: "Un titre très long" });
    expect(redirects()).toContainEqual({ from: "/ancienne-adresse-du-titre-long/", to: LONG });
  });
  it("writes the page at its own address in a static export (a folder, no suffix)", () => {
    process.env.STATIC_EXPORT = "1";
    useFixture();
    expect(longUrlRewrites()).toEqual([]);
    expect(pagePaths()).toContainEqual(LONG.split("/").filter(Boolean));
  });
});
