import { describe, expect, it } from "vitest";
import { markdownToHtml } from "@/lib/markdown/to-html";
import { frenchTypography, NBSP, NNBSP } from "@/lib/text/french-typography";

describe("French typography", () => {
  it("puts a non-breaking space before a colon and a narrow one before ; ! ?", () => {
    expect(frenchTypography("Le titre : la suite ; vraiment ! Pourquoi ?")).toBe(
      `Le titre${NBSP}: la suite${NNBSP}; vraiment${NNBSP}! Pourquoi${NNBSP}?`,
    );
  });
  it("puts narrow non-breaking spaces inside guillemets, adding them when missing", () => {
    expect(frenchTypography("« Bonjour » et «ensemble»")).toBe(`«${NNBSP}Bonjour${NNBSP}» et «${NNBSP}ensemble${NNBSP}»`);
  });
  it("adds no space where the author wrote none before a colon (times, addresses)", () => {
    expect(frenchTypography("À 10:30 sur https://example.org/a?b=c")).toBe("À 10:30 sur https://example.org/a?b=c");
  });
});

describe("French typography in the Markdown pipeline", () => {
  it("applies to text but never to code, attributes or a link written as an address", async () => {
    const html = await markdownToHtml(
      'Attention : voir `a : b` et [le site](https://example.org/?q=x "Titre : ici") ou <https://example.org/x ?>.\n\n```\nclé : valeur\n```',
    );
    expect(html).toContain(`Attention${NBSP}: voir`);
    expect(html).toContain("<code>a : b</code>");
    expect(html).toContain('title="Titre : ici"');
    expect(html).toContain("clé : valeur");
  });
  it("leaves passages marked in another language alone", async () => {
    const html = await markdownToHtml('<p lang="en">Note : this is English !</p>\n\nFrançais !');
    expect(html).toContain("Note : this is English !");
    expect(html).toContain(`Français${NNBSP}!`);
  });
  it("leaves a whole article in another language alone", async () => {
    expect(await markdownToHtml("Note : English !", { lang: "en" })).toBe("<p>Note : English !</p>");
    expect(await markdownToHtml("Note : français !", { lang: "fr-FR" })).toBe(`<p>Note${NBSP}: français${NNBSP}!</p>`);
  });
});
