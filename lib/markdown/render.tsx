/**
 * The renderer: Markdown or MDX -> React elements, through the shared pipeline.
 *
 * Markdown is turned into a tree and the tree straight into React elements
 * (hast-util-to-jsx-runtime): nothing is compiled to JavaScript or evaluated. MDX goes through
 * next-mdx-remote, the only place that knows it: swapping it for `@mdx-js/mdx` (its repository
 * was archived in 2026) touches nothing else.
 */
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { compileMDX } from "next-mdx-remote/rsc";
import type { ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { contentComponentsMap } from "@/components/content-components";
import type { ContentIssue } from "@/lib/content/types";
import { isBlankText, unwrapParagraph } from "./hast";
import { pipelineProcessor, prepareSource, rehypePlugins, remarkPlugins, remarkRehypeOptions, type PipelineOptions } from "./pipeline";

export type RenderInput = {
  source: string;
  /** For messages: the file and the line of the file where `source` starts. */
  file: string;
  firstLine: number;
  options: Omit<PipelineOptions, "target">;
};

export class RenderError extends Error {
  constructor(readonly issue: ContentIssue) {
    super(`${issue.file}:${issue.line ?? 1}:${issue.column ?? 1}: error: ${issue.message}`);
    this.name = "RenderError";
  }
}

export async function renderMarkdown(input: RenderInput): Promise<ReactElement> {
  const options: PipelineOptions = { ...input.options, target: "page" };
  const prepared = prepareSource(input.source, options);
  try {
    return options.format === "mdx" ? await compileMdx(prepared.text, options) : await treeToReact(prepared.text, options);
  } catch (error) {
    const { message, line, column } = compileErrorOf(error);
    const bodyLine = line ? (prepared.origin[line - 1] ?? line) : 1;
    throw new RenderError({
      file: input.file,
      line: input.firstLine + bodyLine - 1,
      column: column ?? 1,
      severity: "error",
      message: `the ${options.format === "mdx" ? "MDX" : "Markdown"} does not compile: ${message}`,
    });
  }
}

/**
 * A short text the old templates printed as HTML (a caption, a place, a name): its inline
 * Markdown and HTML through the same pipeline and sanitiser as bodies, without the paragraph
 * around it.
 */
export async function renderInline(text: string, options: Omit<PipelineOptions, "target" | "format">): Promise<ReactElement> {
  const full: PipelineOptions = { ...options, format: "md", target: "page" };
  return treeToReact(prepareSource(text, full).text, full, { inline: true });
}

async function treeToReact(text: string, options: PipelineOptions, { inline = false } = {}): Promise<ReactElement> {
  const processor = pipelineProcessor(options);
  const tree = (await processor.run(processor.parse(text))) as Root;
  // As the MDX compiler does: whitespace around the blocks is no content.
  while (tree.children[0] && isBlankText(tree.children[0])) tree.children.shift();
  while (tree.children.length && isBlankText(tree.children[tree.children.length - 1]!)) tree.children.pop();
  if (inline) unwrapParagraph(tree);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: contentComponentsMap, passKeys: true });
}

async function compileMdx(text: string, options: PipelineOptions): Promise<ReactElement> {
  const { content } = await compileMDX({
    source: text,
    components: contentComponentsMap,
    options: {
      // JavaScript expressions stay blocked (next-mdx-remote's default, CVE-2026-0969).
      blockJS: true,
      blockDangerousJS: true,
      mdxOptions: {
        format: "mdx",
        remarkPlugins: remarkPlugins(),
        rehypePlugins: rehypePlugins(options),
        remarkRehypeOptions,
      },
    },
  });
  return content;
}

/**
 * next-mdx-remote wraps the compiler's error in a message of its own (a header line, the
 * compiler's message, a code frame): the compiler's words and position are dug out of it.
 */
function compileErrorOf(error: unknown): { message: string; line?: number; column?: number } {
  const err = error as { message?: string; position?: { start?: { line?: number; column?: number } } };
  const lines = (err.message ?? String(error)).split("\n");
  const message = (lines[0]?.startsWith("[next-mdx-remote]") ? lines[1] : lines[0]) ?? "";
  if (err.position?.start?.line) return { message, line: err.position.start.line, column: err.position.start.column };
  const positions = [...message.matchAll(/(\d+):(\d+)(?:-\d+:\d+)?/g)];
  const last = positions[positions.length - 1];
  if (last) return { message, line: Number(last[1]), column: Number(last[2]) };
  const frame = /^>\s*(\d+)\s*\|/m.exec(err.message ?? "");
  return { message, line: frame ? Number(frame[1]) : undefined };
}
