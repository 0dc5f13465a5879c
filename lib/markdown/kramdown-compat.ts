/**
 * Text-level compatibility with kramdown, the Markdown engine of the Jekyll site the content
 * comes from. CommonMark and kramdown disagree on where raw HTML ends, on attribute lists, on
 * `<br>` alone on a line, on emphasis and on a few broken links; rather than fork a parser, the
 * source is reshaped so that CommonMark sees the blocks kramdown saw. Each reading is a named
 * rule (kramdown-rules.ts); this file only runs them in order. Line numbers of the original are
 * kept in `origin` so messages still point at the file, and every reading that departs from the
 * letter of the text is a finding for the content check.
 */
import { closeOpenComments, decodeEncodedMarkup, readTagsAsBrowsers, repairUnclosedQuotes, type RepairFinding } from "./html-repair";
import { kramdownEmphasis } from "./kramdown-emphasis";
import { kramdownExtensions } from "./kramdown-extensions";
import { LineReader, LineWriter, type KramdownRule, type LineFinding, type LineRepair, type RuleContext } from "./kramdown-lines";
import { repairLinks, type LinkFinding } from "./kramdown-links";
import {
  attributeListsWithoutHtml,
  blockAttributeList,
  containerClosing,
  containerOpening,
  fencedCode,
  headingAttributeList,
  htmlBlockEnd,
  indentedText,
  inlineTagLine,
  noteDroppedElements,
  tableOfContents,
  tagAcrossLines,
  wholeFigure,
} from "./kramdown-rules";

export { BLOCK_IAL, IAL_NEXT, IAL_PREVIOUS } from "./kramdown-rules";

export type Reshaped = {
  text: string;
  /** `origin[i]` is the original (1-based) line of output line i + 1. */
  origin: number[];
  /** What was read differently from the letter of the text, by line of the original. */
  findings: LineFinding[];
};

/** Damaged HTML and links a browser or kramdown read better than CommonMark would. */
const repairHtmlAndLinks: LineRepair = (line, from, findings) => {
  const found: (LinkFinding | RepairFinding)[] = [];
  const html = readTagsAsBrowsers(repairUnclosedQuotes(decodeEncodedMarkup(line, found), found), found);
  const repaired = repairLinks(html, found);
  for (const f of found) findings.push({ line: from, message: f.message });
  return repaired;
};

export type KramdownReading = {
  /** Tried on each line as written, before any repair (code is never repaired). */
  verbatim: KramdownRule[];
  /** Applied in turn to the text of every other line. */
  repairs: LineRepair[];
  /** Tried in turn on the repaired line; the first that deals with it wins, else it is kept. */
  rules: KramdownRule[];
};

export const KRAMDOWN: KramdownReading = {
  verbatim: [fencedCode],
  repairs: [attributeListsWithoutHtml, repairHtmlAndLinks, noteDroppedElements],
  rules: [tagAcrossLines, tableOfContents, headingAttributeList, blockAttributeList, wholeFigure, containerOpening, containerClosing, indentedText, htmlBlockEnd, inlineTagLine],
};

export function reshapeKramdown(source: string, reading: KramdownReading = KRAMDOWN): Reshaped {
  const comments = closeOpenComments(source.replace(/\r\n?/g, "\n"));
  const extensions = kramdownExtensions(comments.text);
  const input = new LineReader(extensions.text.split("\n").map((text, i) => ({ text, from: i + 1 })));
  const output = new LineWriter();
  const context: RuleContext = { input, output, findings: [...comments.findings, ...extensions.findings] };
  for (let source = input.take(); source; source = input.take()) {
    const current = source;
    if (reading.verbatim.some((rule) => rule(current.text, current, context))) continue;
    const line = reading.repairs.reduce((text, repair) => repair(text, current.from, context.findings), current.text);
    if (!reading.rules.some((rule) => rule(line, current, context))) output.push(line, current.from);
  }
  // A line read twice (split, then read again) reports once.
  const unique = [...new Map(context.findings.map((f) => [`${f.line}:${f.message}`, f])).values()];
  return { text: kramdownEmphasis(output.lines.join("\n")), origin: output.origin, findings: unique };
}
