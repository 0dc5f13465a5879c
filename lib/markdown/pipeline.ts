/**
 * The one Markdown pipeline: article body -> sanitised, semantic hast. Pages (through the MDX
 * renderer), feeds, the search text and the content check all run these same steps, so what a
 * reader sees and what a feed carries cannot drift apart.
 */
import type { Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { visit } from "unist-util-visit";
import { reshapeKramdown } from "./kramdown-compat";
import { resolveLiquid, type LiquidFinding, type LiquidOptions } from "./liquid";
import rehypeComponents from "./rehype-components";
import rehypeFrenchTypography, { type TypographyOptions } from "./rehype-french-typography";
import rehypeHeadingAnchors from "./rehype-heading-anchors";
import rehypeHeadingIds from "./rehype-heading-ids";
import rehypeInlineMarkdown from "./rehype-inline-markdown";
import rehypeKramdownIal from "./rehype-kramdown-ial";
import rehypeLegacyHtml from "./rehype-legacy-html";
import rehypeLinks, { type LinkOptions } from "./rehype-links";
import rehypeSummary, { type BodySummary } from "./rehype-summary";
import remarkMdxAllowlist from "./remark-mdx-allowlist";
import { sanitizeSchema } from "./sanitize-schema";

export type Format = "md" | "mdx";

export type PipelineOptions = LinkOptions &
  LiquidOptions &
  TypographyOptions & {
    format: Format;
    /** `page` ends with the React component names; `html` stays plain HTML (feeds, search). */
    target: "page" | "html";
    /** Filled with the body's outline and word count as the pipeline runs. */
    summary?: BodySummary;
    /**
     * Given the plain semantic tree (what the `html` target ends with) as a page render passes
     * it, before the page-only steps change it: a page can leave its feed HTML without a second
     * pipeline run. Read it, do not change it.
     */
    onPlainTree?: (tree: Root) => void;
  };

export type PreparedSource = {
  text: string;
  /** Maps a line of `text` back to the line of the body it came from. */
  origin: number[];
  findings: LiquidFinding[];
};

/** Legacy Markdown is reshaped to read as kramdown read it; MDX is ours and is left alone. */
export function prepareSource(body: string, options: PipelineOptions): PreparedSource {
  if (options.format === "mdx") {
    const lines = body.split("\n").length;
    return { text: body, origin: Array.from({ length: lines }, (_, i) => i + 1), findings: [] };
  }
  const liquid = resolveLiquid(body, options);
  const reshaped = reshapeKramdown(liquid.text);
  return { text: reshaped.text, origin: reshaped.origin, findings: [...liquid.findings, ...reshaped.findings] };
}

export function remarkPlugins(options: PipelineOptions): PluggableList {
  return options.format === "mdx" ? [remarkGfm, remarkMdxAllowlist] : [remarkGfm];
}

export const remarkRehypeOptions = {
  footnoteLabel: "Notes",
  footnoteBackLabel: "Retour au texte",
  clobberPrefix: "note-",
};

function rehypeSanitize() {
  return (tree: Root) => {
    const clean = sanitize(tree, sanitizeSchema) as Root;
    // Classes outside the vocabulary are gone; an element left with none loses the attribute.
    visit(clean, "element", (node) => {
      const value = node.properties.className;
      if (Array.isArray(value) && value.length === 0) delete node.properties.className;
    });
    return clean;
  };
}

function rehypeTap(callback: (tree: Root) => void) {
  return (tree: Root) => callback(tree);
}

export function rehypePlugins(options: PipelineOptions): PluggableList {
  const legacyHtml = [rehypeLegacyHtml, { keepEmptyLinks: options.asWritten }];
  return [
    // Raw HTML becomes elements; MDX has none (its HTML is JSX, checked by remarkMdxAllowlist).
    ...(options.format === "md"
      ? [rehypeRaw, rehypeInlineMarkdown, rehypeKramdownIal, legacyHtml, rehypeSanitize]
      : [legacyHtml]),
    rehypeHeadingIds,
    [rehypeLinks, { exists: options.exists, resolve: options.resolve, asWritten: options.asWritten }],
    [rehypeFrenchTypography, { lang: options.lang }],
    ...(options.summary ? [[rehypeSummary, { into: options.summary }]] : []),
    ...(options.onPlainTree ? [[rehypeTap, options.onPlainTree]] : []),
    ...(options.target === "page" ? [rehypeHeadingAnchors] : []),
    ...(options.target === "page" ? [rehypeComponents] : []),
  ] as PluggableList;
}

/** The whole Markdown pipeline as one processor: prepared source text -> the tree of `target`. */
export function markdownProcessor(options: PipelineOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkPlugins(options))
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true })
    .use(rehypePlugins(options));
}
