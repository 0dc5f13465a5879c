"use server";
/**
 * « Aperçu »: the article being typed, rendered as its page renders it (the same loader rules,
 * the same pipeline, the same components: components/article-view.tsx), from text not saved.
 * A server function returning React elements: the browser receives the rendered tree, no HTML
 * string is built here. Only the studio page calls it, with the session token (lib/studio/guard.ts).
 */
import { headers } from "next/headers";
import type { ReactElement } from "react";
import { ArticleView } from "@/components/article-view";
import { ContentErrorView } from "@/components/content-error";
import { UnpublishedBanner } from "@/components/unpublished";
import { readContentText } from "@/lib/content/load";
import type { FrontMatterChanges } from "./front-matter-edit";
import { refusal } from "./guard";
import { composedText } from "./store";

export async function previewArticle(token: string, relative: string, changes: FrontMatterChanges, body: string): Promise<ReactElement> {
  const refused = refusal(await headers(), { token });
  if (refused) return <p role="alert">{refused.message}</p>;
  const { file, text } = composedText(relative, changes, body);
  const read = readContentText(file, text);
  if (!read.article) {
    return <ContentErrorView file={read.displayPath} issues={read.issues} />;
  }
  return (
    <>
      <UnpublishedBanner article={read.article} />
      <ArticleView article={read.article} />
    </>
  );
}
