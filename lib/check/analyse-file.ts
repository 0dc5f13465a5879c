/**
 * One article -> everything the content check needs from its file: the body and lede reports and
 * where front-matter values are written. Only this step reads Markdown, so only this step is
 * cached between runs.
 */
import type { SplitFile } from "@/lib/content/front-matter";
import type { Article } from "@/lib/content/types";
import { RenderError, renderMarkdown } from "@/lib/markdown/render";
import { analyseBody, type BodyReport, type Spot } from "./body-report";

export type FileRecord = {
  body: BodyReport;
  /** The lede's links, placed on the line of `chapeau-text`. */
  chapeau?: BodyReport;
  /** Where front-matter values are written: `title`, `tags=Open source`, `files=/uploads/x.pdf`. */
  spots: Record<string, Spot>;
};

/** Keys whose values findings point at. */
const LOCATED_KEYS = ["title", "chapeau-text", "une-ou-diaporama", "une", "files", "communique_file", "tags", "categories"];

export async function analyseFile(article: Article, split: SplitFile): Promise<FileRecord> {
  const spots = locateValues(split);
  const body = await readBody(article);
  let chapeau: BodyReport | undefined;
  if (article.chapeau) {
    const at = spots["chapeau-text"] ?? { line: 1, column: 1 };
    const report = await analyseBody({ source: article.chapeau, format: "md", firstLine: 1 });
    // A YAML string is folded: lines inside it do not match the file's, its start does.
    const place = <T extends Spot>(x: T): T => ({ ...x, line: at.line, column: at.column });
    chapeau = {
      links: report.links.map(place),
      images: report.images.map(place),
      headings: [],
      ids: [],
      notes: report.notes.map(place),
    };
  }
  return { body, chapeau, spots };
}

async function readBody(article: Article): Promise<BodyReport> {
  const kind = article.format === "mdx" ? "MDX" : "Markdown";
  let report: BodyReport;
  try {
    report = await analyseBody({ source: article.body, format: article.format, firstLine: article.bodyLine });
  } catch (error) {
    // A syntax error (an unclosed MDX tag): the parser says what it expected, and where.
    const { place, reason, message } = error as { place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; reason?: string; message?: string };
    const point = place?.start ?? place;
    return {
      ...EMPTY,
      notes: [
        {
          line: article.bodyLine + (point?.line ?? 1) - 1,
          column: point?.column ?? 1,
          severity: "error",
          message: `the ${kind} does not compile: ${String(reason ?? message ?? error).split("\n")[0]}`,
        },
      ],
    };
  }
  if (article.format === "mdx") {
    // MDX is code: once it parses, it is compiled exactly as pages compile it.
    try {
      await renderMarkdown({ source: article.body, file: article.displayPath, firstLine: article.bodyLine, options: { format: "mdx" } });
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      const { line = article.bodyLine, column = 1, message } = error.issue;
      return { ...report, notes: [...report.notes, { line, column, severity: "error", message }] };
    }
  }
  return report;
}

const EMPTY: BodyReport = { links: [], images: [], headings: [], ids: [], notes: [] };

function locateValues(split: SplitFile): Record<string, Spot> {
  const spots: Record<string, Spot> = {};
  const visit = (key: string, value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(key, v, [...path, i]));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(key, v, [...path, k]);
    } else if (value !== null && value !== undefined) {
      const spot = split.locateValue(path);
      const id = `${key}=${String(value).trim()}`;
      if (spot && !spots[id]) spots[id] = spot;
    }
  };
  for (const key of LOCATED_KEYS) {
    if (!(key in split.data)) continue;
    const spot = split.locateValue([key]);
    if (spot) spots[key] = spot;
    visit(key, split.data[key], [key]);
  }
  return spots;
}
