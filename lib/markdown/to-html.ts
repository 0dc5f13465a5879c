/**
 * The pipeline's plain-HTML output (no React): for feeds, the search text and tests. Runs the
 * same steps as pages, minus the final mapping to components.
 */
import type { Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { unwrapParagraph } from "./hast";
import { pipelineProcessor, prepareSource, type Format, type PipelineOptions } from "./pipeline";

type HtmlOptions = Omit<PipelineOptions, "target" | "format"> & { format?: Format };

/** A Markdown or MDX body -> sanitised semantic hast. */
export async function bodyToHast(body: string, options: HtmlOptions = {}): Promise<Root> {
  const full: PipelineOptions = { format: "md", ...options, target: "html" };
  const prepared = prepareSource(body, full);
  const p = pipelineProcessor(full);
  return (await p.run(p.parse(prepared.text))) as Root;
}

/** Markdown body -> sanitised semantic hast. */
export function markdownToHast(body: string, options: Omit<HtmlOptions, "format"> = {}): Promise<Root> {
  return bodyToHast(body, { ...options, format: "md" });
}

/** A short text (a caption, a place) -> its inline content, sanitised (see renderInline). */
export async function inlineHast(text: string, options: Omit<HtmlOptions, "format"> = {}): Promise<Root> {
  const tree = await markdownToHast(text, options);
  unwrapParagraph(tree);
  return tree;
}

/** A body -> sanitised HTML string. */
export async function markdownToHtml(body: string, options: HtmlOptions = {}): Promise<string> {
  const tree = await bodyToHast(body, options);
  return unified().use(rehypeStringify).stringify(tree);
}
