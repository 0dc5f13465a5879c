/**
 * Content is untrusted input: every construct that carries an address, written with every
 * spelling of a forbidden scheme, and payloads that try to clobber the page or run script, go
 * through the pipeline in both formats and both targets (the tree pages render, the HTML feeds
 * carry, and the page's own HTML). Nothing that could run may come out.
 */
import fs from "node:fs";
import path from "node:path";
import type { Element, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parseFragment } from "parse5";
import { find, html as htmlSchema } from "property-information";
import { prerenderToNodeStream } from "react-dom/static";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { analyseBody } from "@/lib/check/body-report";
import { CONTENT_ID_PREFIX } from "@/lib/markdown/content-ids";
import { pipelineProcessor, prepareSource, type Format, type PipelineOptions } from "@/lib/markdown/pipeline";
import { renderMarkdown } from "@/lib/markdown/render";
import { markdownToHtml } from "@/lib/markdown/to-html";
import { browserView, safeUrl } from "@/lib/security/url-policy";
import { HOSTILE_URLS } from "./fixtures/hostile/urls";

/** HTML read as a browser reads it (parse5 is the browser's parsing algorithm). */
function fromHtml(html: string): Root {
  return { type: "root", children: (fromParse5(parseFragment(html)) as Root).children };
}

const FIXTURES = path.join(import.meta.dirname, "fixtures", "hostile");


function fixture(name: string, url: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), "utf8").replaceAll("{{URL}}", url);
}

// Attributes a browser reads as an address, on any element.
const URL_ATTRIBUTES = /^(href|src|srcset|cite|action|formaction|data|poster|ping|xlink:href|data-src|data-href|background|longdesc|codebase|manifest|itemid|usemap)$/i;
const ALLOWED_TAGS_OUT = /^(?!script$|style$|iframe$|object$|embed$|form$|button$|input$|base$|link$|meta$|svg$|math$|video$|template$)/;

/** Every property of every element, as a browser will read it: no script, no document. */
function assertHarmless(tree: Root, label: string) {
  visit(tree, "element", (node: Element) => {
    expect(node.tagName, `${label}: <${node.tagName}>`).toMatch(ALLOWED_TAGS_OUT);
    for (const [key, value] of Object.entries(node.properties)) {
      const attribute = find(htmlSchema, key).attribute;
      expect(attribute.toLowerCase().startsWith("on"), `${label}: ${attribute} on <${node.tagName}>`).toBe(false);
      if (key === "id") expect(String(value).startsWith(CONTENT_ID_PREFIX), `${label}: id="${String(value)}"`).toBe(true);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== "string") continue;
        const use = node.tagName === "img" && key === "src" ? "image" : "link";
        if (URL_ATTRIBUTES.test(attribute)) {
          expect(safeUrl(item, use), `${label}: ${attribute}="${item}" on <${node.tagName}>`).toBeDefined();
        }
        expect(/^\s*(javascript|vbscript)\s*:/i.test(browserView(item)), `${label}: ${key}="${item}"`).toBe(false);
        if (/^\s*data\s*:/i.test(browserView(item))) {
          expect(safeUrl(item, "image"), `${label}: ${key}="${item}"`).toBeDefined();
          expect(node.tagName === "img" && key === "src", `${label}: data: URL in ${key} of <${node.tagName}>`).toBe(true);
        }
      }
    }
  });
}

async function tree(source: string, format: Format, target: "page" | "html"): Promise<Root> {
  const options: PipelineOptions = { format, target };
  const prepared = prepareSource(source, options);
  const processor = pipelineProcessor(options);
  return (await processor.run(processor.parse(prepared.text))) as Root;
}

async function pageHtml(source: string, format: Format): Promise<string> {
  const element = await renderMarkdown({ source, file: "x", firstLine: 1, options: { format } });
  const { prelude } = await prerenderToNodeStream(element);
  let out = "";
  for await (const chunk of prelude) out += String(chunk);
  return out;
}

describe("hostile addresses never come out, whatever their spelling", () => {
  for (const name of ["links.md", "links.mdx"]) {
    const format: Format = name.endsWith(".mdx") ? "mdx" : "md";
    for (const url of HOSTILE_URLS) {
      it(`${name} with ${JSON.stringify(url)}`, async () => {
        // In MDX a bare `<` starts JSX (the file would not compile at all): written as an entity.
        const source = fixture(name, format === "mdx" ? url.replaceAll("<", "&lt;") : url);
        assertHarmless(await tree(source, format, "page"), `${name} page tree`);
        const feed = fromHtml(await markdownToHtml(source, { format }));
        assertHarmless(feed, `${name} feed HTML`);
        const page = fromHtml(await pageHtml(source, format));
        // The page's own markup (the site's components) has ids of its own, without the prefix.
        visit(page, "element", (node: Element) => {
          delete node.properties.id;
        });
        assertHarmless(page, `${name} page HTML`);
      });
    }
  }

  it("keeps what is allowed: web, mail and phone links, relative addresses, raster data images", async () => {
    const html = await markdownToHtml(
      "[a](https://example.org) [b](mailto:a@example.org) [c](tel:+33100000000) [d](/x/) [e](#f)\n\n<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"pixel\">",
    );
    for (const href of ["https://example.org", "mailto:a@example.org", "tel:+33100000000", "/x/", "#f"]) expect(html).toContain(`href="${href}"`);
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });
});

describe("content cannot clobber the page", () => {
  for (const name of ["clobber.md", "clobber.mdx"]) {
    const format: Format = name.endsWith(".mdx") ? "mdx" : "md";
    it(`${name}: every id is prefixed, and the links to them follow`, async () => {
      const source = fixture(name, "");
      const html = await markdownToHtml(source, { format });
      assertHarmless(fromHtml(html), name);
      expect(html).not.toMatch(/\bid="(?!user-content-)/);
      expect(html).not.toMatch(/\bname="/);
      expect(html).toContain('id="user-content-un-titre"');
      expect(html).toContain('href="#user-content-un-titre"');
      expect(html).toContain('id="user-content-__next_f"');
    });
  }

  it("prefixes footnotes, their back links and what describes them", async () => {
    const html = await markdownToHtml(fixture("clobber.md", ""));
    expect(html).toMatch(/<a href="#user-content-note-fn-1" id="user-content-note-fnref-1"[^>]*aria-describedby="user-content-footnote-label"/);
    expect(html).toContain('<li id="user-content-note-fn-1">');
    expect(html).toContain('href="#user-content-note-fnref-1"');
  });

  it("leaves links to the page's own landmarks alone, and prefixes fragments of other pages of the site", async () => {
    const html = await markdownToHtml("[haut](#contenu) [ailleurs](/actualites/x/#section) [dehors](https://example.org/#a)");
    expect(html).toContain('href="#contenu"');
    expect(html).toContain('href="/actualites/x/#user-content-section"');
    expect(html).toContain('href="https://example.org/#a"');
  });
});

describe("MDX components are checked by their declarations", () => {
  it("reports invalid attributes, missing ones, unknown components and JavaScript with their line, and renders the rest", async () => {
    const source = fixture("clobber.mdx", "");
    const report = await analyseBody({ source, format: "mdx", firstLine: 10 });
    const notes = report.notes.map((n) => `${n.line}:${n.severity}:${n.message}`);
    const lineOf = (text: string) => source.split("\n").findIndex((l) => l.includes(text)) + 10;
    expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf("<Encadre")}:error:<Encadre level="2 x">: expected 2, 3 or 4`)));
    expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf("<Encadre")}:error:<Encadre variant="rose">`)));
    expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf("<Figure")}:error:<Figure align="milieu">`)));
    expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf("<Figure")}:error:<Figure width="abc">`)));
    expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf("<Embed")}:error:<Embed> needs "src"`)));
    expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf("<Inconnu")}:warning:<Inconnu> is not a component`)));
    expect(notes).toContainEqual(expect.stringMatching(/:warning:JavaScript expressions are not allowed/));
    expect(notes).toContainEqual(expect.stringMatching(/:warning:<a \{…\}>: JavaScript expressions/));
    expect(notes).toContainEqual(expect.stringMatching(/:warning:import and export are not allowed/));

    // The page still renders: invalid attributes fall back to their defaults.
    const html = await pageHtml(source, "mdx");
    expect(html).toContain("garde le texte");
    expect(html).toMatch(/<aside[^>]*data-variant="default"[^>]*><h3 id="user-content-encadre">Encadré<\/h3>/);
    expect(html).not.toContain("alert(1)");
  });
});
