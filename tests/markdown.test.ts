import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFile } from "@/lib/content/front-matter";
import { markdownToHtml } from "@/lib/markdown/to-html";

/** The HTML of a Markdown body, whitespace between tags folded. */
const html = async (md: string) => (await markdownToHtml(md)).replace(/>\s+</g, "><").trim();

describe("kramdown's HTML blocks", () => {
  it("makes the text glued after </figure> an ordinary paragraph", async () => {
    const out = await html(`<figure class="image-right" style="width: 50%;">\n<img src="/a.jpg" alt="A"><figcaption>Légende</figcaption>\n</figure>La suite du texte.`);
    expect(out).toMatch(/<figure data-align="right" data-width="50">[\s\S]*<figcaption>Légende<\/figcaption>\s*<\/figure>\s*<p>La suite du texte\.<\/p>/);
  });
  it("makes the text on the line after </figure> an ordinary paragraph", async () => {
    const out = await html(`<figure class="image-left" style="width: 50%; margin-right: 1em;">\n<img src="/a.jpg" alt="A">\n</figure>\nEn ouverture, le texte.`);
    expect(out).toMatch(/<\/figure>\s*<p>En ouverture, le texte\.<\/p>/);
    expect(out).not.toContain("style");
  });
  it("renders Markdown written inside an HTML block", async () => {
    const out = await html(`<div class="encadre">\n**Gras** et [lien](https://example.org)\n\n- un\n- deux\n</div>`);
    expect(out).toMatch(/<aside data-encadre="default">\s*<p><strong>Gras<\/strong> et <a href="https:\/\/example.org">lien<\/a><\/p>\s*<ul>/);
  });
  it("renders a heading glued to </figure>", async () => {
    const out = await html(`<figure class='image-left' style='width: 7%;'>\n<img src="/p.png"/>\n</figure>## Un outil complet\n{: .margin-bottom-1}\nLe texte.`);
    expect(out).toMatch(/<\/figure>\s*<h2 id="user-content-un-outil-complet">Un outil complet<\/h2>\s*<p>Le texte\.<\/p>/);
  });
});

describe("kramdown attribute lists", () => {
  it("applies a block list to the block before it and never shows it", async () => {
    const out = await html(`Lire la suite\n{: .lien-important}\n\nTexte {: .inconnu}`);
    expect(out).toContain('<p class="lien-important">Lire la suite</p>');
    expect(out).not.toContain("{:");
  });
  it("applies a list after a blockquote to the blockquote (encadré)", async () => {
    const out = await html(`> #### Titre\n>\n> Texte\n{: .noir .encadre}\n<br>\n\nAprès.`);
    expect(out).toMatch(/<aside data-encadre="noir">\s*<h4 id="user-content-titre">Titre<\/h4>\s*<p>Texte<\/p>\s*<\/aside>\s*<p>Après\.<\/p>/);
  });
  it("applies span lists to links, with a safe rel for new windows", async () => {
    const out = await html(`Voir [le site](https://example.org){:target="_blank"} ici.`);
    expect(out).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">le site</a> ici.');
  });
  it("drops malformed lists without a trace", async () => {
    const out = await html(`Un lien\n{. :lien-important}\n\nUn encadré\n{: : .noir .encadre}`);
    expect(out).toBe("<p>Un lien</p><p>Un encadré</p>");
  });
  it("turns a citation and its author into one pull quote", async () => {
    const out = await html(`> Une phrase marquante.\n{: .citation}\n> **Une personne**, sa fonction\n{: .auteur-citation}`);
    expect(out).toMatch(/<figure class="citation">\s*<blockquote>[\s\S]*Une phrase marquante\.[\s\S]*<\/blockquote>\s*<figcaption>[\s\S]*<strong>Une personne<\/strong>, sa fonction/);
  });
});

describe("sanitising", () => {
  it("removes scripts, event handlers, javascript: URLs, inline styles and unknown elements", async () => {
    const out = await html(
      `<p style="color:red" onclick="alert(1)">Texte <a href="javascript:alert(1)">piège</a></p>\n\n<script>alert(1)</script>\n\n<marquee>défile</marquee>`,
    );
    expect(out).not.toMatch(/script|onclick|javascript|style|marquee/);
    expect(out).toContain("Texte");
    expect(out).toContain("défile");
  });
  it("keeps <b>, <i>, <br> inside text and entities", async () => {
    const out = await html(`<b>Gras</b> et <i>italique</i><br>à la ligne &amp; &eacute;té`);
    expect(out).toBe("<p><b>Gras</b> et <i>italique</i><br>à la ligne &#x26; été</p>");
  });
  it("drops <br> runs used as spacing between blocks, and splits a paragraph on a double break", async () => {
    const out = await html(`Un.<br><br>Deux.\n\n<br>\n<br>\n\nTrois.`);
    expect(out).toBe("<p>Un.</p><p>Deux.</p><p>Trois.</p>");
  });
});

describe("embeds", () => {
  it("turns an iframe into an embed that names the provider and links to the original", async () => {
    const out = await html(`<iframe frameborder="0" width="480" height="270" src="https://www.dailymotion.com/embed/video/x2jundw" allowfullscreen></iframe>`);
    expect(out).toContain('data-embed="video" data-provider="Dailymotion"');
    expect(out).toContain('<a href="https://www.dailymotion.com/video/x2jundw">Vidéo Dailymotion (Dailymotion)</a>');
    expect(out).not.toContain("<iframe");
  });
});

describe("the reference article", () => {
  const source = fs.readFileSync(
    path.join(import.meta.dirname, "fixtures", "site", "actualites", "etat-et-communs-numeriques-une-cooperation-fructueuse.md"),
    "utf8",
  );
  it("keeps both figures, the caption, the encadré and the text after each figure", async () => {
    const out = await html(splitFile(source).body);
    expect(out.match(/<figure /g)).toHaveLength(2);
    expect(out).toContain("<figcaption>De gauche à droite\u00a0: Audran Lebaron, Valérie Peugeot, Pauline Lavagne d'Ortigue</figcaption>");
    expect(out).toMatch(/<\/figure>\s*<p>En ouverture, Guillaume Rozier/);
    expect(out).toMatch(/<\/figure>\s*<p>La cybersécurité s’empare/);
    expect(out).toMatch(/<aside data-encadre="noir">\s*<h3 id="user-content-accelerateur-d-initiatives-citoyennes-un-laboratoire-des-cooperations-etat-communs">/);
    expect(out).not.toMatch(/style=|class="encadre/);
  });
});
