/**
 * An article's body and lede as React elements. In development a body that does not compile
 * shows its error in place; in a build it stops the build.
 */
import type { ReactElement } from "react";
import { articleBySourcePath } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { servedPath } from "@/lib/routing";
import { RenderError, renderMarkdown } from "./render";

/** `{% link _actualites/x.md %}` -> the URL that article has here. */
function resolveLink(sourcePath: string): string | undefined {
  return articleBySourcePath(sourcePath)?.url;
}

export async function renderArticleBody(article: Article): Promise<ReactElement | RenderError> {
  return guard(
    renderMarkdown({
      source: article.body,
      file: article.displayPath,
      firstLine: article.bodyLine,
      options: { format: article.format, resolve: servedPath, resolveLink },
    }),
  );
}

export async function renderChapeau(article: Article): Promise<ReactElement | RenderError | undefined> {
  if (!article.chapeau) return undefined;
  return guard(
    renderMarkdown({
      source: article.chapeau,
      file: article.displayPath,
      firstLine: 1,
      options: { format: "md", resolve: servedPath, resolveLink },
    }),
  );
}

async function guard(pending: Promise<ReactElement>): Promise<ReactElement | RenderError> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof RenderError && process.env.NODE_ENV === "development") return error;
    throw error;
  }
}
