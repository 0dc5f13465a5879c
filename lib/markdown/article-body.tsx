/**
 * An article's body and lede as React elements. In development a body that does not compile
 * shows its error in place; in a build it stops the build.
 */
import type { ReactElement, ReactNode } from "react";
import { articleBySourcePath } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { servedPath } from "@/lib/routing";
import { emptySummary, type BodySummary } from "./rehype-summary";
import { RenderError, renderInline, renderMarkdown } from "./render";

/** `{% link _actualites/x.md %}` -> the URL that article has here. */
function resolveLink(sourcePath: string): string | undefined {
  return articleBySourcePath(sourcePath)?.url;
}

/** What every rendering of an article's text (page, lede, feed) resolves links and language with. */
export function articleTextOptions(article: Article) {
  return { resolve: servedPath, resolveLink, lang: article.lang };
}

export type RenderedBody = { content: ReactElement; summary: BodySummary };

/** The body as React elements, with its outline and length, from a single pipeline run. */
export async function renderArticleBody(article: Article): Promise<RenderedBody | RenderError> {
  const summary = emptySummary();
  const content = await guard(
    renderMarkdown({
      source: article.body,
      file: article.displayPath,
      firstLine: article.bodyLine,
      options: { format: article.format, ...articleTextOptions(article), summary },
    }),
  );
  return content instanceof RenderError ? content : { content, summary };
}

export async function renderChapeau(article: Article): Promise<ReactElement | RenderError | undefined> {
  if (!article.chapeau) return undefined;
  return guard(
    renderMarkdown({
      source: article.chapeau,
      file: article.displayPath,
      firstLine: 1,
      options: { format: "md", ...articleTextOptions(article) },
    }),
  );
}

/**
 * A front-matter text the old templates printed as HTML (a caption, an event's place, a press
 * contact): inline Markdown and HTML render through the one sanitiser, never as literal tags.
 */
export async function renderArticleText(article: Article, text: string | undefined): Promise<ReactNode> {
  if (!text) return undefined;
  return renderInline(text, articleTextOptions(article));
}

async function guard(pending: Promise<ReactElement>): Promise<ReactElement | RenderError> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof RenderError && process.env.NODE_ENV === "development") return error;
    throw error;
  }
}
