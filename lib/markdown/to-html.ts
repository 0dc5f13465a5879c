/**
 * The pipeline's plain-HTML output (no React): for feeds, the search text and tests. Runs the
 * same steps as pages, minus the final mapping to components.
 */
import type { Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { markdownProcessor, prepareSource, type PipelineOptions } from "./pipeline";

type HtmlOptions = Omit<PipelineOptions, "target" | "format"> & { format?: "md" };

/** Markdown body -> sanitised semantic hast. */
export async function markdownToHast(body: string, options: HtmlOptions = {}): Promise<Root> {
  const full: PipelineOptions = { ...options, format: "md", target: "html" };
  const prepared = prepareSource(body, full);
  const p = markdownProcessor(full);
  return (await p.run(p.parse(prepared.text))) as Root;
}

/** Markdown body -> sanitised HTML string. */
export async function markdownToHtml(body: string, options: HtmlOptions = {}): Promise<string> {
  const tree = await markdownToHast(body, options);
  return unified().use(rehypeStringify).stringify(tree);
}
