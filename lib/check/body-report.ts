/**
 * What the content check needs to know about one article body, read through the same pipeline
 * pages use (so a link is checked as readers will get it), with every position mapped back to
 * the line and column of the original file. Plain data, so it can be cached between runs.
 */
import type { Element, ElementContent, Nodes, Root } from "hast";
import { visitParents } from "unist-util-visit-parents";
import type { Severity } from "@/lib/content/types";
import { unprefixedId } from "@/lib/markdown/content-ids";
import type { TreeFinding } from "@/lib/markdown/findings";
import { textOf } from "@/lib/markdown/hast";
import { pipelineProcessor, prepareSource, type Format, type PipelineOptions } from "@/lib/markdown/pipeline";

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

// Links are checked as written: the old site's absolute addresses are kept, not resolved here.
const OPTIONS: PipelineOptions = { format: "md", target: "html", asWritten: true };

/** Throws the parser's error when the body cannot be read (the caller reports it). */
export async function analyseBody(input: BodyInput): Promise<BodyReport> {
  const findings: TreeFinding[] = [];
  const options: PipelineOptions = { ...OPTIONS, format: input.format, findings };
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

  const processor = pipelineProcessor(options);
  const tree = (await processor.run(processor.parse(prepared.text))) as Root;
  for (const f of findings) notes.push({ ...toFile(f), severity: f.severity, message: f.message });

  const report: BodyReport = { links: [], images: [], headings: [], ids: [], notes };
  visitParents(tree, (node, ancestors) => {
    if (node.type !== "element") return;
    readElement(node, () => toFile(positionOf(node as Nodes, ancestors as Nodes[])), prepared.text, report);
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
  // Ids as authors write them in links (pages prefix them, and the links to them, alike).
  if (typeof p.id === "string" && p.id) report.ids.push(unprefixedId(p.id));
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
