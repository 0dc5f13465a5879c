/**
 * An article page hands its feed the plain tree of its own render (one pipeline run per article
 * instead of two). That is only right if the tree is exactly what the feed's own run makes: this
 * compares both for every Markdown article of the bundled site, the legacy fixtures and, when
 * present, the corpus of real articles.
 */
import fs from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { renderArticleBody } from "@/lib/markdown/article-body";
import { articleHast } from "@/lib/markdown/article-html";

const root = path.join(import.meta.dirname, "..");
const corpus = path.resolve(process.env.CORPUS_DIR || path.join(root, "..", "shared", "corpus", "numerique.gouv.fr"));
const folders = [
  path.join(root, "content"),
  path.join(root, "tests", "fixtures", "content", "legacy"),
  ...(fs.existsSync(corpus) ? [corpus] : []),
];

afterAll(() => {
  delete process.env.CONTENT_DIR;
});

describe("the page's plain tree is the feed's tree", () => {
  it.each(folders)("for every Markdown article in %s", async (folder) => {
    process.env.CONTENT_DIR = folder;
    const articles = loadContent().articles.filter((a) => a.format === "md");
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      let fromPage: string | undefined;
      await renderArticleBody(article, (tree: Root) => {
        fromPage = toHtml(structuredClone(tree));
      });
      expect(fromPage, article.displayPath).toBe(toHtml(await articleHast(article)));
    }
  }, 120_000);
});
