/**
 * The front-matter texts the old templates printed as HTML (captions, an event's place, a press
 * contact's name): their inline Markdown and HTML show as formatting, through the one sanitiser,
 * never as literal tags.
 */
import { toHtml } from "hast-util-to-html";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { renderInline } from "@/lib/markdown/render";
import { inlineHast } from "@/lib/markdown/to-html";

async function page(text: string): Promise<string> {
  const { prelude } = await prerenderToNodeStream(await renderInline(text, {}));
  let out = "";
  for await (const chunk of prelude) out += String(chunk);
  return out;
}

describe("a short text of the front matter", () => {
  it("shows its inline HTML and Markdown as formatting, without a paragraph around it", async () => {
    const html = await page("Photo : <b>DINUM</b><br>voir [le site](https://example.org) et *ceci*");
    expect(html).toMatch(/^Photo\u00a0: <b>DINUM<\/b><br\/>voir <a href="https:\/\/example.org"[^>]*>le site/);
    expect(html).toContain("<em>ceci</em>");
    expect(html).not.toContain("&lt;");
  });

  it("goes through the sanitiser and the URL policy like a body", async () => {
    const html = await page('Salle <a href="javascript:alert(1)" onclick="alert(1)">2</a><script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/javascript:|onclick|onerror|<script/);
    expect(html).toContain("Salle ");
  });

  it("gives feeds the same inline content", async () => {
    const tree = await inlineHast("Crédit : <i>X</i>, [source](/actualites/)");
    expect(toHtml(tree)).toBe('Crédit\u00a0: <i>X</i>, <a href="/actualites/">source</a>');
  });
});
