/**
 * What the content check needs to know about one article body, read through the same pipeline
 * pages use (so a link is checked as readers will get it), with every position mapped back to
 * the line and column of the original file. Plain data, so it can be cached between runs.
 */
import type { Element, ElementContent, Nodes, Root } from "hast";
import type { Root as MdastRoot } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype, { type Options as RehypeOptions } from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { visit } from "unist-util-visit";
import { visitParents } from "unist-util-visit-parents";
import type { Severity } from "@/lib/content/types";
import { textOf } from "@/lib/markdown/hast";
import { prepareSource, rehypePlugins, remarkPlugins, remarkRehypeOptions, type Format, type PipelineOptions } from "@/lib/markdown/pipeline";
import { MDX_COMPONENT_NAMES } from "@/lib/markdown/remark-mdx-allowlist";
import { sanitizeSchema } from "@/lib/markdown/sanitize-schema";

/** A place in the original file (1-based). */
export type Spot = { line: number; column: number };

export type LinkRef = Spot & {
  href: string;
  /** The link's text as a reader hears it (an image inside counts by its alt text). */
  text: string;
};

export type ImageRef = Spot & {
  src: string;
  /** Absent: no alt attribute at all; `""`: declared decorative, or `![](…)` (see below). */
  alt?: string;
  /** Written `![](…)`: Markdown gives every image an alt, empty when the editor wrote none. */
  markdownWithoutAlt: boolean;
};

export type HeadingRef = Spot & { level: number; text: string };

export type Note = Spot & { severity: Severity; message: string };

export type BodyReport = {
  links: LinkRef[];
  images: ImageRef[];
  /** Headings in reading order, at the level readers get. */
  headings: HeadingRef[];
  /** Ids a `#fragment` can point at. */
  ids: string[];
  notes: Note[];
};

export type BodyInput = {
  source: string;
  format: Format;
  /** Line of the file on which `source` starts. */
  firstLine: number;
};

// MDX nodes stay in the tree (as the MDX compiler keeps them) so components can be read.
const MDX_NODES: NonNullable<RehypeOptions["passThrough"]> = [
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxjsEsm",
];
const MDX_ALLOWED = new Set<string>([...MDX_COMPONENT_NAMES, ...(sanitizeSchema.tagNames ?? [])]);
// Links are checked as written: the old site's absolute addresses are kept, not resolved here.
const OPTIONS: PipelineOptions = { format: "md", target: "html", asWritten: true };

/** Throws the parser's error when the body cannot be read (the caller reports it). */
export async function analyseBody(input: BodyInput): Promise<BodyReport> {
  const options: PipelineOptions = { ...OPTIONS, format: input.format };
  const prepared = prepareSource(input.source, options);
  const notes: Note[] = prepared.findings.map((f) => ({
    line: input.firstLine + f.line - 1,
    column: 1,
    severity: severityOf(f),
    message: f.message,
  }));
  const toFile = (spot: Spot): Spot => ({
    line: input.firstLine + (prepared.origin[spot.line - 1] ?? spot.line) - 1,
    column: spot.column,
  });

  const mdxSyntax: PluggableList = input.format === "mdx" ? [remarkMdx, [collectMdxNotes, { notes, toFile }]] : [];
  const processor = unified()
    .use(remarkParse)
    .use([...mdxSyntax, ...remarkPlugins(options)])
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true, passThrough: MDX_NODES })
    .use(rehypePlugins(options));
  const tree = (await processor.run(processor.parse(prepared.text))) as Root;

  const report: BodyReport = { links: [], images: [], headings: [], ids: [], notes };
  visitParents(tree, (node, ancestors) => {
    const spot = () => toFile(positionOf(node as Nodes, ancestors as Nodes[]));
    if (node.type === "element") readElement(node, spot, prepared.text, report);
    else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      readJsx(node as unknown as MdxJsxFlowElement | MdxJsxTextElement, spot, report);
    }
  });
  report.headings.sort((a, b) => a.line - b.line || a.column - b.column);
  return report;
}

function severityOf(finding: object): Severity {
  return "severity" in finding && finding.severity === "error" ? "error" : "warning";
}

/** The node's own position, else the nearest positioned ancestor's (the pipeline builds some nodes). */
function positionOf(node: Nodes, ancestors: Nodes[]): Spot {
  for (const candidate of [node, ...[...ancestors].reverse()]) {
    const start = candidate.position?.start;
    if (start) return { line: start.line, column: start.column };
  }
  return { line: 1, column: 1 };
}

function readElement(node: Element, spot: () => Spot, source: string, report: BodyReport) {
  const p = node.properties;
  if (typeof p.id === "string" && p.id) report.ids.push(p.id);
  if (node.tagName === "a") {
    report.links.push({ ...spot(), href: typeof p.href === "string" ? p.href : "", text: spokenText(node) });
  } else if (node.tagName === "img" && typeof p.src === "string") {
    const alt = typeof p.alt === "string" ? p.alt : undefined;
    const offset = node.position?.start.offset;
    const markdownWithoutAlt = alt === "" && offset !== undefined && source.startsWith("![]", offset);
    report.images.push({ ...spot(), src: p.src, alt, markdownWithoutAlt });
  } else if (/^h[1-6]$/.test(node.tagName)) {
    report.headings.push({ ...spot(), level: Number(node.tagName[1]), text: textOf(node).trim() });
  }
}

/** Text content, with images standing for their alt text, as a screen reader names a link. */
function spokenText(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  if (node.tagName === "img") return typeof node.properties.alt === "string" ? node.properties.alt : "";
  return node.children.map(spokenText).join("");
}

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  if (!found) return undefined;
  return typeof found.value === "string" ? found.value : found.value === null ? "" : undefined;
}

/** MDX components and JSX elements, after the allowlist: what an MDX author wrote by name. */
function readJsx(node: MdxJsxFlowElement | MdxJsxTextElement, spot: () => Spot, report: BodyReport) {
  const id = attribute(node, "id");
  if (id) report.ids.push(id);
  const text = () => (node.children as unknown as Nodes[]).map((c) => textOf(c)).join("").trim();
  switch (node.name) {
    case "a":
      report.links.push({ ...spot(), href: attribute(node, "href") ?? "", text: text() });
      break;
    case "img":
    case "Figure": {
      const src = attribute(node, "src");
      if (src) report.images.push({ ...spot(), src, alt: attribute(node, "alt"), markdownWithoutAlt: false });
      break;
    }
    case "Encadre": {
      const title = attribute(node, "title");
      if (title) report.headings.push({ ...spot(), level: Number(attribute(node, "level") ?? 3), text: title });
      break;
    }
    default:
      if (node.name && /^h[1-6]$/.test(node.name)) report.headings.push({ ...spot(), level: Number(node.name[1]), text: text() });
  }
}

/**
 * What the MDX renderer drops without a word: JavaScript (expressions, import/export) and
 * elements that are neither a component of the site nor a content element.
 */
function collectMdxNotes({ notes, toFile }: { notes: Note[]; toFile: (s: Spot) => Spot }) {
  return (tree: MdastRoot) => {
    visit(tree, (node) => {
      const start = node.position?.start;
      const at = toFile({ line: start?.line ?? 1, column: start?.column ?? 1 });
      if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
        notes.push({ ...at, severity: "warning", message: "JavaScript expressions are not allowed in articles: this {…} is not shown" });
      } else if (node.type === "mdxjsEsm") {
        notes.push({ ...at, severity: "warning", message: "import and export are not allowed in articles: this line is ignored" });
      } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const name = (node as MdxJsxFlowElement).name ?? "";
        if (!MDX_ALLOWED.has(name)) {
          notes.push({
            ...at,
            severity: "warning",
            message: `<${name || ">"}> is not a component of this site: only its content is shown (components: ${MDX_COMPONENT_NAMES.join(", ")})`,
          });
        }
      }
    });
  };
}
