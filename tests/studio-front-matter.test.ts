import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editSource, openSource } from "@/lib/studio/front-matter-edit";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", "studio", name), "utf8");

function roundTrip(text: string): string {
  const opened = openSource(text);
  return editSource(text, { ...opened.data }, opened.body);
}

describe("the studio writing an article's front matter", () => {
  it("gives the file back byte for byte when nothing changed", () => {
    for (const name of ["jekyll-style.md", "crlf.md"]) expect(roundTrip(fixture(name))).toBe(fixture(name));
  });

  it("changes one value in place: order, comments, quoting and unknown keys kept", () => {
    const text = fixture("jekyll-style.md");
    const out = editSource(text, { title: "Un nouveau titre" }, openSource(text).body);
    expect(out).toBe(text.replace("title: 'Un titre entre apostrophes'", "title: 'Un nouveau titre'"));
  });

  it("edits one item of a list of images and keeps the keys the form does not know", () => {
    const text = fixture("jekyll-style.md");
    const { data, body } = openSource(text);
    const images = structuredClone(data["une-ou-diaporama"]) as Record<string, string>[];
    images[0]!["alternative-textuelle"] = "Cinq personnes autour d'une table";
    const out = editSource(text, { "une-ou-diaporama": images }, body);
    expect(out).toContain(`- image: /uploads/une.jpg\n  alternative-textuelle: "Cinq personnes autour d'une table"\n  legende: Photo de l'équipe\n  credit-maison: gardé tel quel\n`);
    expect(out.replace(/alternative-textuelle: .*\n/, "")).toBe(text.replace(/alternative-textuelle: .*\n/, ""));
  });

  it("adds a tag keeping the comment of another and the flush list style of the file", () => {
    const text = fixture("jekyll-style.md");
    const out = editSource(text, { tags: ["Open source", "Communs numériques", "Données"] }, openSource(text).body);
    // Only the edited key is written again: its comment stays (its spacing is YAML's own).
    expect(out).toContain(`tags:\n- Open source # le sujet principal\n- "Communs numériques"\n- Données\nchapeau-text`);
  });

  it("removes a key and adds a new one at the end of the front matter", () => {
    const text = fixture("jekyll-style.md");
    const out = editSource(text, { layout: undefined, draft: true }, openSource(text).body);
    expect(out.startsWith("---\ntitle: 'Un titre")).toBe(true);
    expect(out).toContain("cle-inconnue: { a: 1, b: [x, y] }\ndraft: true\n---\n");
  });

  it("writes the body as typed, with the file's own line ends", () => {
    const text = fixture("crlf.md");
    const out = editSource(text, { draft: undefined }, "\nPremier paragraphe modifié.\n");
    expect(out).toBe('---\r\ntitle: "Fin de ligne Windows"\r\n---\r\n\r\nPremier paragraphe modifié.\r\n');
  });

  it("gives a file without front matter one when a value is set", () => {
    expect(editSource("Juste du texte.\n", { title: "Titre" }, "Juste du texte.\n")).toBe("---\ntitle: Titre\n---\nJuste du texte.\n");
    expect(editSource("Juste du texte.\n", {}, "Juste du texte.\n")).toBe("Juste du texte.\n");
  });
});
