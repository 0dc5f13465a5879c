import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkText } from "@/lib/studio/check-text";
import { articlePath, ConfinementError, uploadPath } from "@/lib/studio/confine";
import { editSource, openSource } from "@/lib/studio/front-matter-edit";
import { createArticle, openArticle, saveArticle } from "@/lib/studio/store";
import { storeUpload } from "@/lib/studio/uploads";

const FIXTURES = path.join(__dirname, "fixtures", "studio");
const CORPUS = path.resolve(__dirname, "..", "..", "shared", "corpus");

let content: string;
beforeEach(() => {
  content = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-studio-"));
  fs.cpSync(path.join(FIXTURES, "content"), content, { recursive: true });
  process.env.CONTENT_DIR = content;
});
afterEach(() => {
  fs.rmSync(content, { recursive: true, force: true });
  delete process.env.CONTENT_DIR;
});

describe("where the studio may write", () => {
  it("accepts articles in the content folder", () => {
    expect(articlePath("actualites/un-article.md")).toBe(path.join(content, "actualites", "un-article.md"));
    expect(articlePath("actualites/Communiqué Été 2022.markdown")).toBe(path.join(content, "actualites", "Communiqué Été 2022.markdown"));
  });

  it("refuses a way out, another extension, a hidden file or a symbolic link", () => {
    for (const bad of ["../package.json", "actualites/../../x.md", "/etc/passwd.md", "actualites/x.js", "actualites/.x.md", "actualites\\x.md", "_uploads/x.md", "actualites/x.md\0"]) {
      expect(() => articlePath(bad), bad).toThrow(ConfinementError);
    }
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-outside-"));
    fs.symlinkSync(outside, path.join(content, "lien"));
    fs.writeFileSync(path.join(outside, "cible.md"), "x");
    fs.symlinkSync(path.join(outside, "cible.md"), path.join(content, "actualites", "lien.md"));
    expect(() => articlePath("lien/x.md")).toThrow(/hors du dossier/);
    expect(() => articlePath("actualites/lien.md")).toThrow(/lien symbolique/);
    expect(() => uploadPath("../actualites/x.jpg")).toThrow(ConfinementError);
    fs.rmSync(outside, { recursive: true });
  });
});

describe("opening and saving an article", () => {
  it("saves without a change: the file stays byte for byte the same", () => {
    const before = fs.readFileSync(path.join(content, "actualites", "un-article.md"));
    const opened = openArticle("actualites/un-article.md");
    const saved = saveArticle({ path: opened.path, version: opened.version, changes: opened.data, body: opened.body });
    expect(saved).toMatchObject({ ok: true, unchanged: true });
    expect(fs.readFileSync(path.join(content, "actualites", "un-article.md")).equals(before)).toBe(true);
  });

  it("writes the new title and body and gives the new version", () => {
    const opened = openArticle("actualites/un-article.md");
    const saved = saveArticle({ path: opened.path, version: opened.version, changes: { title: "Nouveau titre" }, body: "\nNouveau texte.\n" });
    expect(saved.ok).toBe(true);
    const text = fs.readFileSync(path.join(content, "actualites", "un-article.md"), "utf8");
    expect(text).toBe("---\ntitle: Nouveau titre\ndate: 2026-01-10 10:00:00 +01:00\ntags:\n  - Rédaction\n---\n\nNouveau texte.\n");
    expect(saved.ok && saved.article.version).not.toBe(opened.version);
  });

  it("never writes over a file changed on disk since it was opened", () => {
    const file = path.join(content, "actualites", "un-article.md");
    const opened = openArticle("actualites/un-article.md");
    fs.appendFileSync(file, "\nUne ligne ajoutée par un git pull.\n");
    const changedOnDisk = fs.readFileSync(file, "utf8");
    const saved = saveArticle({ path: opened.path, version: opened.version, changes: {}, body: "Mon texte.\n" });
    expect(saved).toMatchObject({ ok: false, reason: "conflict" });
    expect(fs.readFileSync(file, "utf8")).toBe(changedOnDisk);
    // « Garder ma version »: saved again over the version now on disk.
    const disk = !saved.ok && saved.reason === "conflict" ? saved.disk : undefined;
    expect(disk?.body).toContain("Une ligne ajoutée");
    expect(saveArticle({ path: opened.path, version: disk!.version, changes: {}, body: "Mon texte.\n" }).ok).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toMatch(/---\nMon texte\.\n$/);
  });

  it("creates a new article as npm run new does, and refuses a second one with the same title", () => {
    const created = createArticle("Un nouvel article", "actualites");
    expect(created).toEqual({ ok: true, path: "actualites/un-nouvel-article.md" });
    expect(openArticle("actualites/un-nouvel-article.md").data).toMatchObject({ title: "Un nouvel article", draft: true });
    expect(createArticle("Un nouvel article", "actualites")).toMatchObject({ ok: false, message: expect.stringContaining("existe déjà") });
    expect(createArticle("Titre", "../x")).toMatchObject({ ok: false });
  });
});

describe("checking the text being typed", () => {
  it("finds an image without alternative text, that the site does not serve, on its line", async () => {
    const file = path.join(content, "actualites", "un-article.md");
    const { issues } = await checkText(file, fs.readFileSync(file, "utf8"));
    expect(issues.filter((i) => i.line === 8).map((i) => i.message)).toEqual([
      expect.stringMatching(/\/uploads\/x\.jpg is not in .*_uploads\//),
      expect.stringMatching(/alt/),
    ]);
  });
});

describe("a dropped file", () => {
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

  it("is stored in the uploads under a safe name that never replaces another file", () => {
    expect(storeUpload("Photo d'équipe (2).JPG", JPEG, { variants: false })).toMatchObject({ ok: true, url: "/uploads/photo-d-equipe-2.jpg" });
    expect(storeUpload("Photo d'équipe (2).JPG", JPEG, { variants: false })).toMatchObject({ ok: true, url: "/uploads/photo-d-equipe-2-2.jpg" });
    expect(fs.readdirSync(path.join(content, "_uploads")).sort()).toEqual(["photo-d-equipe-2-2.jpg", "photo-d-equipe-2.jpg"]);
  });

  it("is refused when its type is not allowed or its bytes are not what its name says", () => {
    expect(storeUpload("dessin.svg", Buffer.from("<svg onload=alert(1)>"))).toMatchObject({ ok: false, message: expect.stringContaining("type de fichier refusé") });
    expect(storeUpload("faux.png", JPEG)).toMatchObject({ ok: false, message: expect.stringContaining("ne correspond pas") });
    expect(storeUpload("vide.pdf", Buffer.alloc(0))).toMatchObject({ ok: false });
  });
});

describe("open and save without a change, on every file of the shared corpus", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (/\.(md|markdown|mdx)$/i.test(e.name)) files.push(path.join(dir, e.name));
    }
  };
  if (fs.existsSync(CORPUS)) walk(CORPUS);
  it.skipIf(!files.length)(`gives every file back byte for byte (${files.length} files of ${CORPUS})`, () => {
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const { data, body } = openSource(text);
      expect(editSource(text, { ...data }, body), file).toBe(text);
    }
  }, 60_000);
  it.skipIf(!files.length)("changes only the title when only the title changes, every other value and the body kept", () => {
    let edited = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      const { data, body, errors } = openSource(text);
      if (errors.length || typeof data.title !== "string") continue;
      const out = editSource(text, { ...data, title: `${data.title} (modifié)` }, body);
      const again = openSource(out);
      expect(again.data, file).toEqual({ ...data, title: `${data.title} (modifié)` });
      expect(again.body, file).toBe(body);
      // The lines that differ are one block: the title's.
      const before = text.split("\n");
      const after = out.split("\n");
      let first = 0;
      while (before[first] === after[first]) first++;
      let end = 0;
      while (before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
      const titleLine = before.findIndex((l) => l.startsWith("title:"));
      expect(first, file).toBeGreaterThanOrEqual(titleLine);
      const changed = after.slice(titleLine, after.length - end).join("\n");
      expect(changed, file).toMatch(/^title:[^]*\(modifié\)/);
      expect(openSource(`---\n${changed}\n---\n`).data, file).toEqual({ title: `${data.title} (modifié)` });
      edited++;
    }
    expect(edited).toBeGreaterThan(100);
  }, 60_000);
  if (!files.length) console.warn(`shared corpus not found at ${CORPUS}: the open-and-save identity test is skipped`);
});
