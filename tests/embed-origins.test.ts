/**
 * Which players pages may frame is configuration (site.config.ts, `embeds.origins`), never
 * content: the CSP's frame-src is that list, and an iframe or <Embed> whose player lives
 * anywhere else is a content-check warning at its line and column, and reaches readers as a
 * plain link to it.
 */
import { describe, expect, it } from "vitest";
import { analyseBody } from "@/lib/check/body-report";
import { embedOrigins } from "@/lib/embed-origins";
import { markdownToHtml } from "@/lib/markdown/to-html";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { siteConfig } from "@/site.config";

const MD = `Texte.

<iframe src="https://anything.example/player/1" title="Un lecteur inconnu"></iframe>

<iframe src="https://www.dailymotion.com/embed/video/x7y68yv" title="Vidéo connue"></iframe>

<iframe src="https://player.vimeo.com/video/123" title="Vimeo"></iframe>
`;

const MDX = `Texte.

<Embed src="https://evil.example/embed/video/1" title="Piège" />

<Embed src="https://www.youtube.com/embed/abcdefgh" title="YouTube" />
`;

describe("frame-src comes from the configuration", () => {
  it("is the configured origins, whatever the articles hold", () => {
    expect(embedOrigins()).toEqual([...siteConfig.embeds.origins].sort());
    const frameSrc = contentSecurityPolicy(embedOrigins()).split("; ").find((d) => d.startsWith("frame-src"));
    expect(frameSrc).toBe(`frame-src ${[...siteConfig.embeds.origins].sort().join(" ")}`);
    expect(frameSrc).not.toContain("anything.example");
  });
});

describe("an embed from a host the site does not frame", () => {
  it("is a warning at the line and column of the iframe (Markdown)", async () => {
    const report = await analyseBody({ source: MD, format: "md", firstLine: 10 });
    const notes = report.notes.filter((n) => /not on a host this site frames/.test(n.message));
    expect(notes.map((n) => [n.line, n.column, n.severity])).toEqual([
      [12, 1, "warning"],
      [16, 1, "warning"],
    ]);
    expect(notes[0]!.message).toContain("https://anything.example/player/1");
    expect(notes[0]!.message).toContain("embeds.origins in site.config.ts");
  });

  it("is a plain link to it for readers; an accepted player stays a player", async () => {
    const html = await markdownToHtml(MD, {});
    expect(html).toContain('<a href="https://anything.example/player/1">Un lecteur inconnu</a> (contenu hébergé sur anything.example)');
    expect(html).toContain('<a href="https://vimeo.com/123">Vimeo</a>');
    expect(html).toMatch(/data-src="https:\/\/www\.dailymotion\.com\/embed\/video\/x7y68yv/);
    expect(html).not.toMatch(/data-src="https:\/\/(anything\.example|player\.vimeo\.com)/);
    expect(html).not.toContain("<iframe");
  });

  it("in MDX: a warning at the <Embed>, a link in the page; YouTube plays from youtube-nocookie", async () => {
    const report = await analyseBody({ source: MDX, format: "mdx", firstLine: 1 });
    expect(report.notes.filter((n) => /not on a host/.test(n.message)).map((n) => [n.line, n.column])).toEqual([[3, 1]]);
    const html = await markdownToHtml(MDX, { format: "mdx" });
    expect(html).toContain('<a href="https://evil.example/embed/video/1">Piège</a>');
    expect(html).toMatch(/data-src="https:\/\/www\.youtube-nocookie\.com\/embed\/abcdefgh/);
  });
});
