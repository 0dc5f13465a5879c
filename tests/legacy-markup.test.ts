/**
 * Damaged legacy markup, read as the old site's readers saw it: each class on a small fixture of
 * its own (tests/fixtures/legacy-markup/). A reader gets the words and the links, never the
 * markup as text; where the text is read differently from its letter, the content check says
 * so at the line.
 */
import fs from "node:fs";
import path from "node:path";
import type { Element, Nodes, Root } from "hast";
import { describe, expect, it } from "vitest";
import { analyseBody } from "@/lib/check/body-report";
import { splitFile } from "@/lib/content/front-matter";
import { textOf } from "@/lib/markdown/hast";
import { bodyToHast, inlineHast } from "@/lib/markdown/to-html";

const dir = path.join(import.meta.dirname, "fixtures", "legacy-markup");
const source = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");

type Reading = { text: string; links: { href: string; text: string }[]; literal: string[]; tags: string[] };

/** What a reader gets: the words, the links, and any piece of markup shown as text. */
function reading(tree: Root): Reading {
  const out: Reading = { text: "", links: [], literal: [], tags: [] };
  const walk = (node: Nodes) => {
    if (node.type === "text") {
      const leak = /<\/?[A-Za-z!][^>]*>?|\{:[^}]*\}?|\w+="|&lt;|&gt;/.exec(node.value);
      if (leak) out.literal.push(leak[0]);
    }
    if (node.type === "element") {
      out.tags.push(node.tagName);
      if (node.tagName === "a") out.links.push({ href: String(node.properties.href), text: textOf(node).trim() });
    }
    if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  out.text = textOf(tree as unknown as Element).replace(/\s+/g, " ").trim();
  return out;
}

const render = async (name: string) => reading(await bodyToHast(source(name)));
const notes = async (name: string) => (await analyseBody({ source: source(name), format: "md", firstLine: 1 })).notes;

describe("HTML attributes damaged by a quote", () => {
  it("closes a value whose closing quote is missing where the tag ends", async () => {
    const page = await render("missing-closing-quote.md");
    expect(page.links).toEqual([{ href: "https://example.org/rapport", text: "le rapport annuel" }]);
    expect(page.text).toBe("Le ministère publie le rapport annuel ce matin.");
    expect(page.literal).toEqual([]);
    expect(await notes("missing-closing-quote.md")).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/no closing quote/) })]);
  });
  it("ignores a stray quote after a value, a doubled opening quote and a quote after an unquoted value", async () => {
    const page = await render("stray-quote.md");
    expect(page.links).toEqual([
      { href: "https://example.org/annonce", text: "l’annonce" },
      { href: "https://example.org/suite", text: "la suite" },
      { href: "https://example.org/detail", text: "le détail" },
    ]);
    expect(page.literal).toEqual([]);
    expect((await notes("stray-quote.md")).map((n) => n.line)).toEqual([1, 2, 3]);
  });
  it("reads two attributes with no space between them", async () => {
    const page = await render("missing-space.md");
    expect(page.links).toEqual([{ href: "https://example.org/site", text: "le site" }]);
    expect(page.literal).toEqual([]);
  });
  it("reads a value between typographic quotes, and a break written <br\\>", async () => {
    const tree = await bodyToHast(source("typographic-quotes.md"));
    const page = reading(tree);
    expect(page.links).toEqual([{ href: "https://example.org/word", text: "le lien copié de Word" }]);
    expect(page.tags).toContain("br");
    expect(page.literal).toEqual([]);
    expect((await notes("typographic-quotes.md")).map((n) => n.line)).toEqual([1, 2]);
  });
  it("keeps an apostrophe inside a value quoted with apostrophes", async () => {
    const page = await render("apostrophe-in-value.md");
    expect(page.links).toEqual([{ href: "https://example.org/l'article", text: "l’article complet" }]);
    expect(page.text).toBe("Lire l’article complet en ligne.");
  });
  it("leaves a well-formed value holding > or < as it is, without a finding", async () => {
    const page = await render("gt-in-quotes.md");
    expect(page.links).toEqual([{ href: "https://example.org/site", text: "le site" }]);
    expect(page.text).toBe("Voir le site et la règle.");
    expect(await notes("gt-in-quotes.md")).toEqual([]);
  });
});

describe("tags left open or cut apart", () => {
  it("ends a span-level tag left open with its paragraph, as kramdown did", async () => {
    const tree = await bodyToHast(source("unclosed-tag.md"));
    const paragraphs = tree.children.filter((n): n is Element => n.type === "element");
    expect(paragraphs.map((p) => p.tagName)).toEqual(["p", "p"]);
    expect(reading({ type: "root", children: [paragraphs[1]!] }).tags).toEqual(["p"]);
    expect(await notes("unclosed-tag.md")).toEqual([expect.objectContaining({ message: expect.stringMatching(/<b> is not closed/) })]);
  });
  it("ends a link left open with its paragraph, and keeps a link written around a block", async () => {
    const page = await render("unclosed-link.md");
    expect(page.links).toEqual([
      { href: "https://example.org/ouvert", text: "le lien ouvert" },
      { href: "https://example.org/carte", text: "Une carte entière" },
    ]);
    expect(page.text).toContain("Un paragraphe qui ne doit pas être un lien.");
  });
  it("closes a tag that runs into the next one, or to the end of its line, after its last value", async () => {
    const tree = await bodyToHast(source("tag-runs-on.md"));
    const page = reading(tree);
    expect(page.links).toEqual([{ href: "https://example.org/guide", text: "le guide pratique" }]);
    expect(page.text).toBe("Voir le guide pratique avant de commencer. Une image pour finir");
    expect(page.tags).toContain("img");
    expect(page.literal).toEqual([]);
    expect((await notes("tag-runs-on.md")).map((n) => n.line)).toEqual([1, 3]);
  });
  it("reads a tag cut by a blank line as one tag", async () => {
    const page = await render("tag-split-by-blank-line.md");
    expect(page.links).toEqual([{ href: "https://example.org/long", text: "le document complet" }]);
    expect(page.text).toBe("Lire le document complet sur le site.");
  });
  it("reads tags written in capitals", async () => {
    const tree = await bodyToHast(source("uppercase-tags.md"));
    const page = reading(tree);
    expect(page.links).toEqual([{ href: "https://example.org/maj", text: "le communiqué" }]);
    expect(page.tags).toEqual(expect.arrayContaining(["br", "b", "aside"]));
    expect(page.literal).toEqual([]);
  });
  it("reads a tag written with a space after <", async () => {
    const page = await render("spaced-tag.md");
    expect(page.links).toEqual([{ href: "https://example.org/espace", text: "le lien espacé" }]);
    expect(page.literal).toEqual([]);
  });
});

describe("comments and escaped markup", () => {
  it("ends a comment never closed with its paragraph, and shows what follows", async () => {
    const page = await render("unclosed-comment.md");
    expect(page.text).toBe("Le texte visible. La suite reste visible.");
    expect(await notes("unclosed-comment.md")).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/no closing -->/) })]);
  });
  it("reads markup escaped with entities as markup when it evidently is, and leaves a tag named in text alone", async () => {
    const page = await render("entity-encoded.md");
    expect(page.links).toEqual([{ href: "https://example.org/echappe", text: "le texte échappé" }]);
    expect(page.text).toBe("Lire le texte échappé en ligne. La balise <p> reste du texte ici. Une faille : <script>alert(1)</script> reste du texte.");
  });
});

describe("kramdown attribute lists damaged", () => {
  it("gives a heading the id written at the end of its line, so links to it work", async () => {
    const tree = await bodyToHast(source("heading-ids.md"));
    const headings = tree.children.filter((n): n is Element => n.type === "element" && n.tagName === "h2");
    expect(headings.map((h) => [h.properties.id, textOf(h).trim()])).toEqual([
      ["user-content-resultats", "Les résultats"],
      ["user-content-methode", "La méthode"],
    ]);
    expect(reading(tree).literal).toEqual([]);
  });
  it("reads a list with an unbalanced quote for what it says, with a finding", async () => {
    const tree = await bodyToHast(source("ial-unbalanced-quotes.md"));
    const page = reading(tree);
    expect(page.links.map((l) => l.text)).toEqual(["le site", "la carte"]);
    const anchors: Element[] = [];
    const collect = (n: Nodes) => (n.type === "element" && n.tagName === "a" ? anchors.push(n) : "children" in n && n.children.forEach(collect));
    collect(tree);
    expect(anchors.map((a) => a.properties.target)).toEqual(["_blank", "_blank"]);
    const last = tree.children.filter((n): n is Element => n.type === "element").at(-1)!;
    expect(last.properties).toMatchObject({ className: ["exergue"], title: "Important" });
    expect(page.literal).toEqual([]);
    const found = (await notes("ial-unbalanced-quotes.md")).sort((a, b) => a.line - b.line || a.column - b.column);
    expect(found.map((n) => [n.line, /damaged/.test(n.message)])).toEqual([
      [1, true],
      [1, true],
      [4, true],
    ]);
  });
  it("ignores HTML inside a list and applies the rest", async () => {
    const tree = await bodyToHast(source("ial-with-html.md"));
    const page = reading(tree);
    expect(page.links).toEqual([{ href: "https://example.org/site", text: "le site" }]);
    expect(page.tags).toContain("aside");
    expect(page.literal).toEqual([]);
    expect((await notes("ial-with-html.md")).map((n) => n.line)).toEqual([1, 4]);
  });
  it("leaves out a list that cannot be read, and says so at its line", async () => {
    const page = await render("ial-unreadable.md");
    expect(page.text).toBe("Un paragraphe.");
    expect(page.literal).toEqual([]);
    expect(await notes("ial-unreadable.md")).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/cannot be read/) })]);
  });
});

describe("front-matter texts printed as HTML", () => {
  const data = splitFile(source("front-matter.md")).data as Record<string, unknown>;
  const slides = data["une-ou-diaporama"] as { legende: string }[];
  it("reads damaged markup in the lede, a caption and a place as in a body", async () => {
    const lede = reading(await bodyToHast(String(data["chapeau-text"])));
    expect(lede.links).toEqual([{ href: "https://example.org/chapeau", text: "programme" }]);
    expect(lede.text).toBe("Le programme et ses résultats");
    const caption = reading(await inlineHast(slides[0]!.legende));
    expect(caption.links).toEqual([{ href: "https://example.org/auteur", text: "de l’auteur" }]);
    const place = reading(await inlineHast(String(data.lieu)));
    expect(place.text).toBe("Salle Marianne");
    for (const r of [lede, caption, place]) expect(r.literal).toEqual([]);
  });
});

describe("the content check", () => {
  it("says where a printed front-matter text was read differently from its letter", async () => {
    process.env.CONTENT_DIR = path.join(import.meta.dirname, "fixtures", "legacy-markup-site");
    try {
      const { runCheck } = await import("@/lib/check/run");
      const result = await runCheck({ cache: false, now: Date.parse("2026-11-15T12:00:00Z") });
      expect(result.issues.map((i) => [i.line, i.severity, i.message])).toEqual([
        [4, "warning", expect.stringMatching(/^the tag <a href="https:\/\/example.org\/chapeau""> is damaged/)],
        [8, "warning", expect.stringMatching(/^the tag <a href=https:\/\/example.org\/auteur"> is damaged/)],
      ]);
    } finally {
      delete process.env.CONTENT_DIR;
    }
    // The check loads the whole site model: time for a loaded machine.
  }, 60_000);
});
