/**
 * One small fixture per pattern of the Jekyll sites the content comes from: what the old site
 * showed must be what a reader gets, and nothing of the source's syntax may show through.
 */
import { describe, expect, it } from "vitest";
import { prepareSource } from "@/lib/markdown/pipeline";
import { markdownToHtml } from "@/lib/markdown/to-html";

/** The HTML of a Markdown body, whitespace between tags folded. */
const html = async (md: string, options: Parameters<typeof markdownToHtml>[1] = {}) =>
  (await markdownToHtml(md, options)).replace(/>\s+</g, "><").trim();
const findings = (md: string) => prepareSource(md, { format: "md", target: "html" }).findings.map((f) => f.message);

describe("kramdown attribute lists, in every spelling", () => {
  it.each([
    ["{: .exergue}", '<p class="exergue">Texte</p>'],
    ["{:.exergue}", '<p class="exergue">Texte</p>'],
    ["{: #ancre}", '<p id="user-content-ancre">Texte</p>'],
    ["{:#ancre .credit}", '<p class="credit" id="user-content-ancre">Texte</p>'],
  ])("applies %s on the line after a paragraph", async (list, expected) => {
    expect(await html(`Texte\n${list}`)).toBe(expected);
  });
  it("applies a list on the line before a block to that block", async () => {
    expect(await html(`{: .lien-important}\n[Lire](https://example.org)`)).toBe(
      '<p class="lien-important"><a href="https://example.org">Lire</a></p>',
    );
  });
  it.each([
    ['{:target="_blank"}', 'target="_blank" rel="noopener noreferrer"'],
    ['{: target="_blank"}', 'target="_blank" rel="noopener noreferrer"'],
    ["{:.button}", 'class="button"'],
  ])("applies the span list %s to the link before it", async (list, attributes) => {
    expect(await html(`Voir [le site](https://example.org)${list} ici.`)).toBe(
      `<p>Voir <a href="https://example.org" ${attributes}>le site</a> ici.</p>`,
    );
  });
  it("applies a span list to emphasis", async () => {
    expect(await html("Un **mot**{: .exergue} fort")).toBe('<p>Un <strong class="exergue">mot</strong> fort</p>');
  });
  it("drops malformed lists and unknown classes without a trace", async () => {
    const out = await html("Un\n{. :lien-important}\n\nDeux\n{: : .noir .encadre}\n\nTrois\n{: .margin-top-2 .inconnue}");
    expect(out).toBe("<p>Un</p><p>Deux</p><p>Trois</p>");
  });
  it("never treats a list inside code as an attribute list", async () => {
    expect(await html("`{: .exergue}`")).toBe("<p><code>{: .exergue}</code></p>");
  });
});

describe("the old site's class vocabulary", () => {
  it.each([
    ["<div class=\"encadre\">\nTexte\n</div>", "default"],
    ['<div class="encadre noir">\nTexte\n</div>', "noir"],
    ['<div class="bleue encadre">\nTexte\n</div>', "bleue"],
    ["> Texte\n{: .encadre}", "default"],
    ["> Texte\n{: .noir .encadre}", "noir"],
    ["Texte\n{: .encadre}", "default"],
  ])("makes %j a callout (%s)", async (source, variant) => {
    const out = await html(source);
    expect(out).toMatch(new RegExp(`^<aside data-encadre="${variant}">(<p>)?(<p>)?Texte`));
    expect(out).not.toContain("encadre noir");
  });
  it("keeps the classes with a meaning and drops spacing classes", async () => {
    const out = await html(
      'Exergue\n{: .exergue .margin-bottom-2}\n\nCentré\n{: .text-center}\n\nPhoto : X\n{: .credit}\n\n<a class="button margin-top-1" href="https://example.org">Télécharger</a>',
    );
    expect(out).toBe(
      '<p class="exergue">Exergue</p><p class="text-center">Centré</p><p class="credit">Photo : X</p><p><a class="button" href="https://example.org">Télécharger</a></p>',
    );
  });
  it("makes a quotation and its author one pull quote", async () => {
    const out = await html("> Une phrase.\n{: .citation}\n> **Une personne**\n{: .auteur-citation}");
    expect(out).toBe('<figure class="citation"><blockquote><p>Une phrase.</p></blockquote><figcaption><p><strong>Une personne</strong></p></figcaption></figure>');
  });
  it("keeps a one-line call to action as a prominent link, not a quotation", async () => {
    expect(await html("> [Postuler](https://example.org)\n{: .lien-important}")).toBe(
      '<div class="lien-important"><p><a href="https://example.org">Postuler</a></p></div>',
    );
  });
});

describe("old HTML", () => {
  it("turns <center>, <u>, <font> into what they meant", async () => {
    expect(await html("<center>Centré **gras**</center>\nSuite")).toBe(
      '<div class="text-center"><p>Centré <strong>gras</strong></p></div><p>Suite</p>',
    );
    expect(await html('Un <u>souligné</u> et <font color="red" face="Arial">rouge</font>.')).toBe("<p>Un <u>souligné</u> et <span>rouge</span>.</p>");
  });
  it("decodes entities", async () => {
    expect(await html("A&nbsp;: B &amp; C &lt;b&gt; &eacute;t&#233; &hellip;")).toBe("<p>A\u00a0: B &#x26; C &#x3C;b> été …</p>");
  });
  it("keeps headings written in HTML, the page title staying the only h1", async () => {
    expect(await html("<h1>Grand titre</h1>\nTexte\n<h3 class=\"h5\">Petit</h3>")).toBe(
      '<h2 id="user-content-grand-titre">Grand titre</h2><p>Texte</p><h3 id="user-content-petit">Petit</h3>',
    );
  });
  it("keeps tables in Markdown and in HTML, Markdown in cells included", async () => {
    expect(await html("| A | B |\n|---|---|\n| 1 | **2** |")).toBe(
      "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td><strong>2</strong></td></tr></tbody></table>",
    );
    expect(await html("<table><tr><th>A</th></tr><tr><td>**1**</td></tr></table>\nAprès")).toBe(
      "<table><tbody><tr><th>A</th></tr><tr><td><strong>1</strong></td></tr></tbody></table><p>Après</p>",
    );
  });
  it("renders footnotes with a way back to the text", async () => {
    const out = await html("Texte[^1].\n\n[^1]: La note.");
    expect(out).toContain('<a href="#user-content-note-fn-1" id="user-content-note-fnref-1" data-footnote-ref');
    expect(out).toContain('<li id="user-content-note-fn-1"><p>La note. <a href="#user-content-note-fnref-1" data-footnote-backref');
  });
  it("reads Markdown inside HTML lists and paragraphs, as Jekyll's second pass did", async () => {
    expect(await html("<ul><li><b>[Détails](https://example.org/a.pdf)</b></li></ul>")).toBe(
      '<ul><li><b><a href="https://example.org/a.pdf">Détails</a></b></li></ul>',
    );
  });
  it("ends an HTML block at its closing tag, so the text after it is read", async () => {
    expect(await html("<ul><li>un</li></ul>\n> **[Postuler](https://example.org)**")).toBe(
      '<ul><li>un</li></ul><blockquote><p><strong><a href="https://example.org">Postuler</a></strong></p></blockquote>',
    );
    expect(await html("<p>Un paragraphe HTML</p>Et la suite")).toBe("<p>Un paragraphe HTML</p><p>Et la suite</p>");
  });
  it("reads a <br> alone on a line as the start of the paragraph below it", async () => {
    expect(await html("Avant.\n\n<br>\n**Lire aussi :**\n[Un article](https://example.org)")).toBe(
      '<p>Avant.</p><p><strong>Lire aussi :</strong><a href="https://example.org">Un article</a></p>',
    );
    expect(await html("> Texte\n>\n> <br>\n> Suite [lien](https://example.org)")).toBe(
      '<blockquote><p>Texte</p><p>Suite <a href="https://example.org">lien</a></p></blockquote>',
    );
  });
  it("never lets <br> lines swallow the quote after them", async () => {
    expect(await html("* Un point\n<br>\n<br>\n>\n> ### Titre\n>\n> Texte.\n{: .encadre}")).toBe(
      '<ul><li>Un point\n<br></li></ul><aside data-encadre="default"><h3 id="user-content-titre">Titre</h3><p>Texte.</p></aside>',
    );
  });
  it("never carries <style>, <script> or inline styles, and says so", async () => {
    const source = "<style>\n.x { color: red }\n</style>\nTexte <span style=\"color:red\">rouge</span>\n\n<script>alert(1)</script>";
    expect(await html(source)).toBe("<p>Texte <span>rouge</span></p>");
    expect(findings(source)).toEqual([
      "a <style> block is not carried to the page (the site's stylesheet applies)",
      "a <script> is not carried to the page",
    ]);
  });
});

describe("broken HTML and Markdown degrade gracefully", () => {
  it("closes an attribute value whose quote is missing, and keeps the text after it", async () => {
    const source = '<a href="https://example.org>le lien</a> et la suite.\n\nParagraphe suivant.';
    expect(await html(source)).toBe('<p><a href="https://example.org">le lien</a> et la suite.</p><p>Paragraphe suivant.</p>');
    expect(findings(source)[0]).toMatch(/no closing quote/);
  });
  it("leaves a well-formed value holding > alone", async () => {
    expect(await html('<abbr title="a > b">x</abbr> y')).toBe('<p><abbr title="a > b">x</abbr> y</p>');
  });
  it("keeps the text around a stray closing tag", async () => {
    const out = await html("Texte</div> suite </span> fin\n\nParagraphe.");
    expect(out.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()).toBe("Texte suite fin Paragraphe.");
  });
  it("reads <p><ul> as the list it was", async () => {
    expect(await html("<p><ul><li>un</li></ul></p>\nAprès.")).toBe("<ul><li>un</li></ul><p>Après.</p>");
  });
  it("reads a link whose title quote is not closed", async () => {
    const source = '([Riot](https://about.riot.im/ "Riot - Lien externe)) et la suite.';
    expect(await html(source)).toBe('<p>(<a href="https://about.riot.im/" title="Riot - Lien externe">Riot</a>) et la suite.</p>');
    expect(findings(source)).toEqual(["the title of the link to https://about.riot.im/ has no closing quote: read as if it had one"]);
  });
  it("links an address with spaces, and shows a placeholder that is no address as text", async () => {
    expect(await html("[Le guide](/uploads/Mon guide.pdf)")).toBe('<p><a href="/uploads/Mon%20guide.pdf">Le guide</a></p>');
    expect(await html("[Détails (pdf)](LIEN PDF)")).toBe("<p>Détails (pdf)</p>");
  });
  it("gives an empty link the image before it, and removes other empty links", async () => {
    expect(await html('![Accéder](https://example.org/a.png)[{: width="200px"}](https://example.org/)')).toBe(
      '<p><a href="https://example.org/"><img src="https://example.org/a.png" alt="Accéder"></a></p>',
    );
    expect(await html("Texte [](https://example.org/) fin")).toBe("<p>Texte  fin</p>");
  });
});

describe("more of the old site's habits", () => {
  it("reads headings and figures inside an HTML list that wraps the article", async () => {
    const out = await html(
      "<ol><h2><li>Inclure le numérique</li></h2>\n\nLe texte **gras**.\n<figure class='image-center' style='width: 80%;'>\n<img src=\"/uploads/a.png\" alt=\"A\"/>\n<figcaption>Une légende</figcaption></figure>\nÀ ce titre, la suite.\n\n<h2><li>Deux</li></h2>\n\nTexte.\n</ol>\n<br>\n<div class=\"text-center\"><b>Une idée ?</b></div>",
    );
    expect(out).toContain('<h2 id="user-content-inclure-le-numerique">');
    expect(out).toContain('<figure data-align="center" data-width="80"><img src="/uploads/a.png" alt="A"><figcaption>Une légende</figcaption></figure><p>À ce titre, la suite.</p>');
    expect(out).toMatch(/<\/ol><div class="text-center"><p><b>Une idée\u202f\?<\/b><\/p><\/div>$/);
  });
  it("reads a line indented by accident as text, not code", async () => {
    const source = "Avant.\n\n\t[Visionner les webinaires](https://example.org/playlist)\n\nAprès.";
    expect(await html(source)).toBe('<p>Avant.</p><p><a href="https://example.org/playlist">Visionner les webinaires</a></p><p>Après.</p>');
    expect(findings(source)).toEqual(["an indented line would show as code: read as text (indent it by less than 4 spaces)"]);
    expect(await html("- un\n\n    la suite du point\n- deux")).toBe("<ul><li><p>un</p><p>la suite du point</p></li><li><p>deux</p></li></ul>");
  });
  it("names a link around an image with the description its editor put in `alt`", async () => {
    const out = await html(
      "<a href=\"https://example.org/app\" alt=\"Télécharger l'application - Lien externe\"><figure class='image-center' style='width: 30%;'><img src=\"/uploads/store.png\"></figure></a>",
    );
    expect(out).toBe('<figure data-align="center" data-width="30"><a href="https://example.org/app"><img src="/uploads/store.png" alt="Télécharger l&#x27;application"></a></figure>');
    expect(await html('<a href="https://example.org" alt="Description">Texte du lien</a>')).toBe('<p><a href="https://example.org">Texte du lien</a></p>');
  });
  it("takes an image's title as its alt text when it has none", async () => {
    expect(await html('<a href="https://example.org"><img src="/uploads/a.png" title="Accéder au service"/></a>')).toBe(
      '<p><a href="https://example.org"><img src="/uploads/a.png" title="Accéder au service" alt="Accéder au service"></a></p>',
    );
  });
  it("gives an in-page anchor's id to its heading instead of an empty link", async () => {
    expect(await html('## **Les missions**<a id="missions"></a>\n\nTexte <a name="plus">ici</a>.')).toBe(
      '<h2 id="user-content-missions"><strong>Les missions</strong><span></span></h2><p>Texte <span id="user-content-plus">ici</span>.</p>',
    );
  });
  it("puts list items written without a list into one", async () => {
    expect(await html("<div class=\"encadre\">\nVoir :\n<li>Un : <a href=\"https://example.org\">a</a></li>\n<li>Deux</li>\n</div>")).toBe(
      '<aside data-encadre="default"><p>Voir :</p><ul><li>Un : <a href="https://example.org">a</a></li><li>Deux</li></ul></aside>',
    );
  });
  it("keeps an encadré whose closing tag is missing, and everything in it", async () => {
    const out = await html('<div class="encadre noir">\n<br>\n<p>Un.\n\nDeux.\n\n<a href="https://example.org"><b>Plus</b></a></p>');
    expect(out.replace(/\n/g, "")).toBe('<aside data-encadre="noir"><p>Un.</p><p>Deux.</p><p><a href="https://example.org"><b>Plus</b></a></p></aside>');
  });
});

describe("kramdown extensions", () => {
  it("builds the table of contents `* TOC {:toc}` asks for, leaving out .no_toc headings", async () => {
    const out = await html("## Sommaire\n{: .no_toc}\n\n* TOC\n{:toc}\n\n## Premier\n\n### Détail\n\n## Second");
    expect(out).toBe(
      '<h2 id="user-content-sommaire">Sommaire</h2><ul><li><a href="#user-content-premier">Premier</a><ul><li><a href="#user-content-detail">Détail</a></li></ul></li><li><a href="#user-content-second">Second</a></li></ul><h2 id="user-content-premier">Premier</h2><h3 id="user-content-detail">Détail</h3><h2 id="user-content-second">Second</h2>',
    );
  });
  it("hides comments, keeps nomarkdown HTML, drops options and abbreviation definitions", async () => {
    const source = "Avant.{::comment}une note interne{:/comment}\n\n{::options parse_block_html=\"true\" /}\n{::nomarkdown}<p class=\"exergue\">Brut</p>{:/nomarkdown}\n\nLe RGAA.\n\n*[RGAA]: Référentiel général d'amélioration de l'accessibilité";
    expect(await html(source)).toBe('<p>Avant.</p><p class="exergue">Brut</p><p>Le RGAA.</p>');
    expect(findings(source)).toEqual([
      "a kramdown comment is not shown (as on the old site)",
      'the abbreviation definition of "RGAA" is not carried (write <abbr title="…">RGAA</abbr> where it matters)',
    ]);
  });
});

describe("emphasis as kramdown read it", () => {
  it("reads an odd number of ** as kramdown did, dropping the stray one", async () => {
    expect(await html("S’il est **créé en 2019, **il doit s’y conformer.**")).toBe("<p>S’il est <strong>créé en 2019, il doit s’y conformer.</strong></p>");
  });
  it("bolds a pair CommonMark would leave literal (glued to a link)", async () => {
    expect(await html("suivies dans**[l’observatoire](https://example.org/)**[de la qualité](https://example.org/q)")).toBe(
      '<p>suivies dans<strong><a href="https://example.org/">l’observatoire</a></strong><a href="https://example.org/q">de la qualité</a></p>',
    );
  });
  it("bolds a pair with a stray space inside, the space moving outside", async () => {
    expect(await html("Le **taux d’écart **(moyenne) et **ok**.")).toBe("<p>Le <strong>taux d’écart</strong> (moyenne) et <strong>ok</strong>.</p>");
  });
  it("guesses nothing when the asterisks do not pair", async () => {
    expect(await html("Un **seul et *un* autre")).toBe("<p>Un **seul et <em>un</em> autre</p>");
  });
  it("never pairs across list items or inside code", async () => {
    expect(await html("- **a\n- b**")).toBe("<ul><li>**a</li><li>b**</li></ul>");
    expect(await html("`**x**` et **y**")).toBe("<p><code>**x**</code> et <strong>y</strong></p>");
  });
});

describe("embeds", () => {
  it.each([
    ['<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Ma vidéo"></iframe>', "YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Ma vidéo"],
    ['<iframe src="https://www.dailymotion.com/embed/video/x2jundw"></iframe>', "Dailymotion", "https://www.dailymotion.com/video/x2jundw", "Vidéo Dailymotion"],
    ['<iframe src="https://player.vimeo.com/video/12345"></iframe>', "Vimeo", "https://vimeo.com/12345", "Vidéo Vimeo"],
    ['<iframe src="https://tube.example.fr/videos/embed/abc-123"></iframe>', "PeerTube", "https://tube.example.fr/w/abc-123", "Vidéo PeerTube"],
    ['<iframe src="//www.slideshare.net/slideshow/embed_code/key/abc"></iframe>', "SlideShare", "https://www.slideshare.net/slideshow/embed_code/key/abc", "Présentation SlideShare"],
    ['<iframe src="https://docs.google.com/forms/d/e/x/viewform?embedded=true"></iframe>', "Google Forms", "https://docs.google.com/forms/d/e/x/viewform", "Formulaire Google Forms"],
    ['<iframe src="https://framaforms.org/enquete"></iframe>', "Framaforms", "https://framaforms.org/enquete", "Formulaire Framaforms"],
    ['<iframe src="https://example.com/widget"></iframe>', "example.com", "https://example.com/widget", "Contenu example.com"],
    ['<div class="dailymotion_player" videoID="x85nruz"></div>', "Dailymotion", "https://www.dailymotion.com/video/x85nruz", "Vidéo Dailymotion"],
    ['<div class="dailymotion_player" videoID="x5s9yi" embedType="playlist"></div>', "Dailymotion", "https://www.dailymotion.com/playlist/x5s9yi", "Vidéo Dailymotion"],
    ['<div class="youtube_player" videoID="dQw4w9WgXcQ"></div>', "YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "Vidéo YouTube"],
    ['<div class="vimeo_player" videoID="76979871"></div>', "Vimeo", "https://vimeo.com/76979871", "Vidéo Vimeo"],
    ['<iframe src="https://www.youtube.com/embed/videoseries?list=PL123abc"></iframe>', "YouTube", "https://www.youtube.com/playlist?list=PL123abc", "Vidéo YouTube"],
  ])("%s is recognised as %s, with a link to the original", async (source, provider, href, title) => {
    const out = await html(`${source}\nLa suite.`);
    // Only the players of site.config.ts (embeds.origins: Dailymotion, YouTube) are embedded;
    // any other is a plain link to the original.
    if (provider === "YouTube" || provider === "Dailymotion") {
      expect(out).toContain(`data-provider="${provider}"`);
      expect(out).toContain(`data-title="${title}"`);
      expect(out).toContain(`<a href="${href}">`);
    } else {
      expect(out).not.toContain("data-provider");
      expect(out).toContain(`<a href="${href}">${title}</a> (contenu hébergé sur `);
    }
    expect(out).not.toContain("<iframe");
    expect(out).toMatch(/<p>La suite\.<\/p>$/);
  });
  it("keeps a tweet's text with a link to the post, without Twitter's script", async () => {
    const out = await html(
      '<blockquote class="twitter-tweet"><p lang="fr">Un message</p>&mdash; DINUM <a href="https://twitter.com/numerique_gouv/status/123456789">1 janvier 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>',
    );
    expect(out).toBe(
      '<blockquote data-embed="post" data-provider="X (Twitter)" data-href="https://twitter.com/numerique_gouv/status/123456789"><p lang="fr">Un message</p><p><a href="https://twitter.com/numerique_gouv/status/123456789">Voir la publication sur X (Twitter)</a></p></blockquote>',
    );
  });
});

describe("Liquid", () => {
  it("resolves what has a meaning here and removes the rest, with a finding for each removal", async () => {
    const source = "Voir {{ site.baseurl }}/actualites/a/ et {% link _actualites/b.md %}, {% include encart.html %}{{ page.title }}.";
    const out = await html(source, { resolveLink: (p) => (p === "_actualites/b.md" ? "/actualites/b/" : undefined) });
    expect(out).toBe("<p>Voir /actualites/a/ et /actualites/b/, .</p>");
    expect(findings(source)).toEqual([
      "Liquid {% link _actualites/b.md %}: no such article here, link removed",
      'Liquid tag "{% include encart.html %}" removed',
      'Liquid output "{{ page.title }}" removed: it has no value here',
    ]);
  });
  it("keeps {% raw %} text as written, never as Liquid", async () => {
    const out = await html("{% raw %}{{ x }}{% endraw %}");
    expect(out).not.toMatch(/\{\{|\{%/);
    expect(out.replace(/\u200b/g, "")).toBe("<p>{{ x }}</p>");
  });
});

describe("links to the old site", () => {
  const served = new Set(["/actualites/ici/", "/uploads/la note.pdf"]);
  const resolve = (path: string) => (served.has(path) ? path : path === "/ancienne/" ? "/actualites/ici/" : undefined);
  it.each([
    ["https://www.numerique.gouv.fr/actualites/ici/", "/actualites/ici/"],
    ["/actualites/ici", "/actualites/ici/"],
    ["/actualites/ici/#suite", "/actualites/ici/#user-content-suite"],
    ["/uploads/la%20note.pdf", "/uploads/la%20note.pdf"],
    ["/ancienne/", "/actualites/ici/"],
    ["/services/ailleurs/", "https://www.numerique.gouv.fr/services/ailleurs/"],
    ["https://www.numerique.gouv.fr/services/ailleurs/", "https://www.numerique.gouv.fr/services/ailleurs/"],
    ["https://example.org/x/", "https://example.org/x/"],
  ])("%s links to %s", async (href, expected) => {
    expect(await html(`[lien](${href})`, { resolve })).toBe(`<p><a href="${expected}">lien</a></p>`);
  });
});
