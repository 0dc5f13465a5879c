/**
 * Each kramdown reading on its own: the rule alone runs over a small text, and what CommonMark
 * is then given is exactly what kramdown saw. The whole set is tested on real patterns in
 * legacy-patterns.test.ts.
 */
import { describe, expect, it } from "vitest";
import { KRAMDOWN, reshapeKramdown } from "@/lib/markdown/kramdown-compat";
import type { KramdownRule, LineFinding } from "@/lib/markdown/kramdown-lines";
import {
  attributeListsWithoutHtml,
  blockAttributeList,
  containerClosing,
  containerOpening,
  fencedCode,
  headingAttributeList,
  htmlBlockEnd,
  indentedText,
  inlineTagLine,
  noteDroppedElements,
  tableOfContents,
  tagAcrossLines,
  wholeFigure,
} from "@/lib/markdown/kramdown-rules";
import { TOC_MARKER } from "@/lib/markdown/kramdown-toc";

/** The text CommonMark gets when only `rule` is applied (fences still kept verbatim). */
function only(rule: KramdownRule, source: string) {
  return reshapeKramdown(source, { verbatim: rule === fencedCode ? [rule] : [], repairs: [], rules: rule === fencedCode ? [] : [rule] });
}

describe("line repairs", () => {
  it("attributeListsWithoutHtml takes the HTML out of an attribute list, and says so", () => {
    const findings: LineFinding[] = [];
    expect(attributeListsWithoutHtml('[site](/a/){:target="_blank"<br>} fin', 3, findings)).toBe('[site](/a/){:target="_blank"} fin');
    expect(findings).toEqual([{ line: 3, message: expect.stringMatching(/HTML inside the attribute list/) }]);
  });
  it("noteDroppedElements says a <style> block will not reach the page", () => {
    const findings: LineFinding[] = [];
    expect(noteDroppedElements("<style>.x{}</style>", 2, findings)).toBe("<style>.x{}</style>");
    expect(findings).toEqual([{ line: 2, message: expect.stringMatching(/<style> block is not carried/) }]);
  });
});

describe("fencedCode", () => {
  it("copies a fenced block as written, whatever it holds", () => {
    const source = "```\n<div class=\"encadre\">\n{: .exergue}\n```\nTexte";
    expect(only(fencedCode, source).text).toBe(source);
    const withAll = reshapeKramdown(source, KRAMDOWN);
    expect(withAll.text.split("\n").slice(0, 4).join("\n")).toBe(source.split("\n").slice(0, 4).join("\n"));
  });
});

describe("tableOfContents", () => {
  it("turns `* TOC` + `{:toc}` into the marker the table is built from", () => {
    expect(only(tableOfContents, "Intro\n* TOC\n{:toc}\n## Titre").text).toBe(`Intro\n\n${TOC_MARKER}\n\n## Titre`);
  });
  it("leaves a list item named TOC alone", () => {
    expect(only(tableOfContents, "* TOC\n* Autre").text).toBe("* TOC\n* Autre");
  });
});

describe("headingAttributeList", () => {
  it("moves a heading's id or list at the end of its line to the line below", () => {
    expect(only(headingAttributeList, "## Titre {#ancre}").text).toBe("## Titre\n{: #ancre}");
    expect(only(headingAttributeList, "## Titre {: #ancre .no_toc}").text).toBe("## Titre\n{: #ancre .no_toc}");
    expect(only(headingAttributeList, "## Le {#x} du jour").text).toBe("## Le {#x} du jour");
  });
});

describe("tagAcrossLines", () => {
  it("joins a tag cut by a blank line into one line", () => {
    expect(only(tagAcrossLines, 'Lire <a href="/a/"\n\n>le lien</a>').text).toBe('Lire <a href="/a/" >le lien</a>');
  });
  it("joins a tag written an attribute a line, however many, without a finding", () => {
    const iframe = '<iframe width="560"\n height="315"\n src="https://www.youtube.com/embed/x"\n title="Vidéo"\n frameborder="0"\n allowfullscreen></iframe>';
    const out = only(tagAcrossLines, iframe);
    expect(out.text).toBe('<iframe width="560" height="315" src="https://www.youtube.com/embed/x" title="Vidéo" frameborder="0" allowfullscreen></iframe>');
    expect(out.findings).toEqual([]);
  });
  it("closes a tag never closed after its last value", () => {
    const out = only(tagAcrossLines, '<img src="/a.png" alt="Carte" ici\n\n<p>Suite</p>');
    expect(out.text).toBe('<img src="/a.png" alt="Carte"> ici\n\n<p>Suite</p>');
    expect(out.findings).toEqual([{ line: 1, message: expect.stringMatching(/never closed/) }]);
  });
});

describe("blockAttributeList", () => {
  it("marks a list under a paragraph as the paragraph's", () => {
    expect(only(blockAttributeList, "Texte\n{: .exergue}").text).toBe("Texte\n\n{:@previous .exergue}\n");
  });
  it("marks a list above a block, after a blank line, as the next block's", () => {
    expect(only(blockAttributeList, "\n{: .lien-important}\n[Lire](/a/)").text).toBe("\n{:@next .lien-important}\n\n[Lire](/a/)");
  });
});

describe("wholeFigure", () => {
  it("keeps a figure with blank lines in it as one block, and starts a new one after it", () => {
    const out = only(wholeFigure, '<figure class="left">\n<img src="/a.png" alt="">\n\n<figcaption>Légende</figcaption>\n</figure>Texte après');
    expect(out.text).toBe('<figure class="left">\n<img src="/a.png" alt="">\n<figcaption>Légende</figcaption>\n</figure>\n\nTexte après');
    expect(out.origin).toEqual([1, 2, 4, 5, 5, 5]);
  });
  it("does not swallow the article when the figure is never closed", () => {
    expect(only(wholeFigure, "<figure>\n<img src=\"/a.png\">\n\nTexte").text).toBe("<figure>\n<img src=\"/a.png\">\n\nTexte");
  });
});

describe("containerOpening and containerClosing", () => {
  it("put a container's tags on lines of their own, so the Markdown inside is read", () => {
    expect(only(containerOpening, '<div class="encadre">**Important**').text).toBe('<div class="encadre">\n\n**Important**');
    expect(only(containerClosing, "Fin du texte</div>Suite").text).toBe("Fin du texte\n\n</div>\n\nSuite");
  });
});

describe("indentedText", () => {
  it("reads a line indented by accident after a blank line as text, and says so", () => {
    const out = only(indentedText, "Un\n\n    Deux");
    expect(out.text).toBe("Un\n\nDeux");
    expect(out.findings).toEqual([{ line: 3, message: expect.stringMatching(/indented line/) }]);
  });
  it("leaves the continuation of a list item alone", () => {
    expect(only(indentedText, "- un\n\n    suite").text).toBe("- un\n\n    suite");
  });
});

describe("htmlBlockEnd", () => {
  it("ends an HTML block at its closing tag, so the text after it is read as Markdown", () => {
    expect(only(htmlBlockEnd, "<ul>\n<li>Un</li>\n</ul>\n**Suite**").text).toBe("<ul>\n<li>Un</li>\n</ul>\n\n**Suite**");
    expect(only(htmlBlockEnd, "<p>Un</p>**Suite**").text).toBe("<p>Un</p>\n\n**Suite**");
  });
});

describe("inlineTagLine", () => {
  it("joins a line of span tags to the paragraph below it", () => {
    expect(only(inlineTagLine, "<br>\nTexte").text).toBe("<br>Texte");
  });
  it("ends the tags' block before a heading instead of swallowing it", () => {
    expect(only(inlineTagLine, "Texte\n<br>\n## Titre").text).toBe("Texte\n<br>\n\n## Titre");
  });
});
