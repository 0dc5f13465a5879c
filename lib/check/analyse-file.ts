/**
 * One article -> everything the content check needs from its file: the body and lede reports and
 * where front-matter values are written. Only this step reads Markdown, so only this step is
 * cached between runs.
 */
import type { SplitFile } from "@/lib/content/front-matter";
import type { Article } from "@/lib/content/types";
import { RenderError, renderMarkdown } from "@/lib/markdown/render";
import { analyseBody, type BodyReport, type Note, type Spot } from "./body-report";

export type FileRecord = {
  body: BodyReport;
  /** The lede's links, placed on the line of `chapeau-text`. */
  chapeau?: BodyReport;
  /** Where front-matter values are written: `title`, `tags=Open source`, `files=/uploads/x.pdf`. */
  spots: Record<string, Spot>;
  /** What the other texts printed as HTML (captions, place, address, press contact) hold that is not shown as written. */
  texts?: Note[];
};

/** Front-matter texts the templates print as HTML, besides the lede: by key, wherever they sit. */
const PRINTED_KEYS = new Set(["legende", "lieu", "adresse", "contact-presse.name"]);

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
  return { body, chapeau, spots, texts: await printedTexts(split) };
}

/** Notes of every printed text, placed where its value is written. */
async function printedTexts(split: SplitFile): Promise<Note[]> {
  const notes: Note[] = [];
  const visit = async (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) await visit(v, [...path, i]);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) await visit(v, [...path, k]);
    else if (typeof value === "string" && /[<{&]/.test(value)) {
      const keys = path.filter((p): p is string => typeof p === "string");
      const key = keys.length > 1 && PRINTED_KEYS.has(keys.slice(-2).join(".")) ? keys.slice(-2).join(".") : keys[keys.length - 1]!;
      if (!PRINTED_KEYS.has(key)) return;
      const at = split.locateValue(path) ?? { line: 1, column: 1 };
      const report = await analyseBody({ source: value, format: "md", firstLine: 1 });
      notes.push(...report.notes.map((n) => ({ ...n, line: at.line, column: at.column })));
    }
  };
  await visit(split.data, []);
  return notes;
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
