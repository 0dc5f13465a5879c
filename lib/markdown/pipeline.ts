/**
 * The one content pipeline: article body (Markdown or MDX) -> sanitised, semantic hast. Pages,
 * feeds, the search text and the content check all run these same steps, so what a reader sees
 * and what a feed carries cannot drift apart.
 */
import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype, { type Options as RemarkRehypeOptions } from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { prefixContentIds } from "./content-ids";
import type { TreeFinding } from "./findings";
import { reshapeKramdown } from "./kramdown-compat";
import { resolveLiquid, type LiquidFinding, type LiquidOptions } from "./liquid";
import { rehypeComponentsForPage, rehypeComponentsToHtml } from "./rehype-components";
import rehypeFrenchTypography, { type TypographyOptions } from "./rehype-french-typography";
import rehypeHeadingAnchors from "./rehype-heading-anchors";
import rehypeHeadingIds from "./rehype-heading-ids";
import rehypeInlineMarkdown from "./rehype-inline-markdown";
import rehypeKramdownIal from "./rehype-kramdown-ial";
import rehypeLegacyHtml from "./rehype-legacy-html";
import rehypeLinks, { type LinkOptions } from "./rehype-links";
import rehypeMdxElements from "./rehype-mdx-elements";
import rehypeSanitize from "./rehype-sanitize";
import rehypeSummary, { type BodySummary } from "./rehype-summary";
import rehypeUnclosedInline from "./rehype-unclosed-inline";

export type Format = "md" | "mdx";

export type PipelineOptions = LinkOptions &
  LiquidOptions &
  TypographyOptions & {
    format: Format;
    /** `page` ends with the site's component nodes (for React); `html` is plain HTML (feeds, search). */
    target: "page" | "html";
    /** Filled with the body's outline and word count as the pipeline runs. */
    summary?: BodySummary;
    /** Filled with what the body holds that cannot be shown as written (the content check reads it). */
    findings?: TreeFinding[];
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

export function remarkPlugins(): PluggableList {
  return [remarkGfm];
}

export const remarkRehypeOptions = {
  footnoteLabel: "Notes",
  footnoteBackLabel: "Retour au texte",
  // Footnote ids apart from the author's own; both are then prefixed like every content id.
  clobberPrefix: "note-",
};

// MDX's own nodes pass the Markdown-to-HTML step untouched, for rehypeMdxElements to read.
const MDX_NODES: NonNullable<RemarkRehypeOptions["passThrough"]> = [
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxjsEsm",
];

function rehypeContentIds(options: { asWritten?: boolean }) {
  return (tree: Root) => prefixContentIds(tree, { rewriteLinks: !options.asWritten });
}

/**
 * The steps from the first HTML tree to the last, for both formats: the source's own markup
 * becomes elements, the legacy vocabulary becomes the site's components, then ONE sanitiser
 * and the URL policy, then ids, links and typography, then the target's ending.
 */
export function rehypePlugins(options: PipelineOptions): PluggableList {
  const legacyHtml = [rehypeLegacyHtml, { keepEmptyLinks: options.asWritten, findings: options.findings }];
  return [
    ...(options.format === "md"
      ? [rehypeRaw, [rehypeUnclosedInline, { findings: options.findings }], rehypeInlineMarkdown, [rehypeKramdownIal, { findings: options.findings }], legacyHtml]
      : [[rehypeMdxElements, { findings: options.findings }], legacyHtml]),
    rehypeHeadingIds,
    rehypeSanitize,
    [rehypeLinks, { exists: options.exists, resolve: options.resolve, asWritten: options.asWritten }],
    [rehypeContentIds, { asWritten: options.asWritten }],
    [rehypeFrenchTypography, { lang: options.lang }],
    ...(options.summary ? [[rehypeSummary, { into: options.summary }]] : []),
    ...(options.target === "page" ? [rehypeHeadingAnchors, rehypeComponentsForPage] : [rehypeComponentsToHtml]),
  ] as PluggableList;
}

/** The whole pipeline as one processor: prepared source text -> the tree of `target`. */
export function pipelineProcessor(options: PipelineOptions) {
  return unified()
    .use(remarkParse)
    .use(options.format === "mdx" ? [remarkMdx] : [])
    .use(remarkPlugins())
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true, passThrough: MDX_NODES })
    .use(rehypePlugins(options));
}
