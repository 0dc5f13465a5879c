/**
 * Text-level compatibility with kramdown, the Markdown engine of the Jekyll site the content
 * comes from. CommonMark and kramdown disagree on where raw HTML ends, on attribute lists, on
 * `<br>` alone on a line, on emphasis and on a few broken links; rather than fork a parser, the
 * source is reshaped so that CommonMark sees the blocks kramdown saw. Line numbers of the
 * original are kept in `origin` so messages still point at the file, and every reading that
 * departs from the letter of the text is a finding for the content check.
 */

import { repairUnclosedQuotes } from "./html-repair";
import { kramdownEmphasis } from "./kramdown-emphasis";
import { kramdownExtensions } from "./kramdown-extensions";
import { repairLinks, type LinkFinding } from "./kramdown-links";
import { TOC_IAL, TOC_LIST, TOC_MARKER } from "./kramdown-toc";

export type Reshaped = {
  text: string;
  /** `origin[i]` is the original (1-based) line of output line i + 1. */
  origin: number[];
  /** What was read differently from the letter of the text, by line of the original. */
  findings: { line: number; message: string }[];
};

// HTML elements that wrap other blocks. Their tags get lines of their own, with blank lines
// around, so the Markdown between them is parsed as Markdown (as kramdown did, Jekyll rendering
// bodies twice) and text after a closing tag becomes an ordinary paragraph.
const CONTAINER = "div|section|aside|center|article|header|footer|nav|main|details|figure";
const OPEN_CONTAINER = new RegExp(`^ {0,3}<(${CONTAINER})(?=[\\s>/])[^>]*>`, "i");
const CLOSE_CONTAINER = new RegExp(`</(${CONTAINER})\\s*>`, "i");
const FIGURE_OPEN = /^ {0,3}<figure(?=[\s>])/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A kramdown block attribute list alone on its line, well formed or not (`{. :x}`, `{: : .y}`). */
export const BLOCK_IAL = /^ {0,3}\{[:.]\s*[^}{]*\}\s*$/;
/** Marker left for the rehype step: which neighbour a block attribute list belongs to. */
export const IAL_PREVIOUS = "{:@previous ";
export const IAL_NEXT = "{:@next ";

export function reshapeKramdown(source: string): Reshaped {
  const extensions = kramdownExtensions(source.replace(/\r\n?/g, "\n"));
  const input = extensions.text.split("\n");
  const out: string[] = [];
  const origin: number[] = [];
  const push = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  const blank = (from: number) => {
    if (out.length && out[out.length - 1] !== "") push("", from);
  };

  let fence: string | undefined;
  // A work list: the rest of a line after a split tag is processed as a line of its own.
  const queue: { line: string; from: number }[] = input.map((line, i) => ({ line, from: i + 1 }));
  const findings: Reshaped["findings"] = [...extensions.findings];
  const repair = (text: string, from: number) => {
    const found: LinkFinding[] = [];
    const repaired = repairLinks(repairUnclosedQuotes(text, found), found);
    for (const f of found) findings.push({ line: from, message: f.message });
    return repaired;
  };
  for (let i = 0; i < queue.length; i++) {
    const { line: written, from } = queue[i]!;
    if (fence) {
      push(written, from);
      if (written.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceMatch = FENCE.exec(written);
    if (fenceMatch) {
      fence = fenceMatch[1]!.slice(0, 3);
      push(written, from);
      continue;
    }
    const line = repair(written, from);
    const dropped = /<(style|script)\b/i.exec(line)?.[1]?.toLowerCase();
    if (dropped) {
      findings.push({
        line: from,
        message: dropped === "style" ? "a <style> block is not carried to the page (the site's stylesheet applies)" : "a <script> is not carried to the page",
      });
    }

    // `* TOC` + `{:toc}`: kramdown's table of contents, built later from the headings.
    if (TOC_LIST.test(line) && TOC_IAL.test(queue[i + 1]?.line ?? "")) {
      blank(from);
      push(TOC_MARKER, from);
      push("", from);
      i++;
      continue;
    }

    if (BLOCK_IAL.test(line)) {
      const previous = out.length > 0 && out[out.length - 1]!.trim() !== "";
      const next = queue[i + 1]?.line.trim();
      const target = previous || !next ? IAL_PREVIOUS : IAL_NEXT;
      blank(from);
      push(target + line.trim().replace(/^\{[:.]/, "").replace(/\}$/, "").trim() + "}", from);
      push("", from);
      continue;
    }

    // A figure is kept whole as one HTML block: blank lines inside it would cut it apart.
    if (FIGURE_OPEN.test(line)) {
      const end = findClosing(queue, i, /<\/figure\s*>/i);
      if (end) {
        blank(from);
        for (let j = i; j < end.index; j++) {
          if (queue[j]!.line.trim()) push(queue[j]!.line, queue[j]!.from);
        }
        const closing = queue[end.index]!;
        push(closing.line.slice(0, end.offset), closing.from);
        push("", closing.from);
        const rest = closing.line.slice(end.offset);
        i = end.index;
        if (rest.trim()) queue.splice(i + 1, 0, { line: rest, from: closing.from });
        continue;
      }
    }

    const open = OPEN_CONTAINER.exec(line);
    if (open) {
      blank(from);
      push(open[0].trim(), from);
      push("", from);
      const rest = line.slice(open[0].length);
      if (rest.trim()) queue.splice(i + 1, 0, { line: rest, from });
      continue;
    }

    const close = CLOSE_CONTAINER.exec(line);
    if (close) {
      const before = line.slice(0, close.index);
      const after = line.slice(close.index + close[0].length);
      if (!before.trim()) {
        // `</div>` opening a line: a block of its own.
        blank(from);
        push(close[0], from);
        push("", from);
        if (after.trim()) queue.splice(i + 1, 0, { line: after, from });
        continue;
      }
      // `Text</div>`, `Text</div>More`: the closing tag ends the text's block and, as kramdown
      // showed it, what follows starts a new one.
      queue.splice(i + 1, 0, { line: before, from }, { line: close[0] + after, from });
      continue;
    }

    // An indented line after a blank line, outside a list, is an accident of the editor, not
    // code: newsrooms do not publish code blocks by indentation (fences stay available).
    const indented = /^(?:\t| {4,})(\S.*)$/.exec(line);
    if (indented && !out[out.length - 1]?.trim() && !inList(out)) {
      findings.push({ line: from, message: "an indented line would show as code: read as text (indent it by less than 4 spaces)" });
      push(indented[1]!, from);
      continue;
    }

    // Other block-level HTML (a list, a table, a paragraph, a heading): kramdown ended it at its
    // closing tag, CommonMark only at a blank line, which would swallow the text that follows.
    // The lines inside are read as usual (figures, callouts); only a blank line is put after the
    // closing tag, and what follows it on the same line starts a block of its own.
    const block = HTML_BLOCK.exec(line);
    if (block) {
      const end = findMatchingClose(queue, i, block[1]!.toLowerCase(), line);
      if (end) {
        const item = queue[end.index]!;
        const text = end.index === i ? line : item.line;
        const head = text.slice(0, end.offset);
        const tail = text.slice(end.offset);
        const nextBlank = !queue[end.index + 1]?.line.trim();
        if (tail.trim() || !nextBlank) {
          item.line = head;
          queue.splice(end.index + 1, 0, { line: "", from: item.from }, ...(tail.trim() ? [{ line: tail, from: item.from }] : []));
          if (end.index === i) {
            i--;
            continue;
          }
        }
      }
    }

    const inline = inlineTagLine(line);
    if (inline) {
      const next = queue[i + 1];
      const nextContent = next && next.line.startsWith(inline.prefix.trimEnd()) ? next.line.slice(inline.prefix.length) : undefined;
      const plainNext = next && nextContent !== undefined && nextContent.trim() && !BLOCK_START.test(nextContent);
      if (plainNext && startsBlock(out, inline.prefix)) {
        // kramdown read `<br>` (or `<b>`, `<img …>`) alone on a line as the start of the paragraph
        // below it; CommonMark would open a raw HTML block and show that paragraph as raw text.
        next!.line = inline.prefix + inline.tags + nextContent;
        continue;
      }
      if (nextContent?.trim() && !plainNext) {
        // Before a quote, a heading or a list, the tags end their block: they must not swallow it.
        push(line, from);
        push(inline.prefix.trimEnd(), from);
        continue;
      }
    }

    push(line, from);
  }
  // A line read twice (split, then read again) reports once.
  const unique = [...new Map(findings.map((f) => [`${f.line}:${f.message}`, f])).values()];
  return { text: kramdownEmphasis(out.join("\n")), origin, findings: unique };
}

// Span-level elements: kramdown keeps them in the paragraph they start.
const INLINE_TAGS = "a|abbr|b|bdi|bdo|big|br|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr";
const INLINE_TAG_LINE = new RegExp(`^((?:\\s*>)*\\s?)((?:\\s*</?(?:${INLINE_TAGS})(?=[\\s/>])[^<>]*>)+)\\s*$`, "i");
/** A line that starts a block of its own in CommonMark: heading, quote, list, fence, table, HTML block, rule. */
const BLOCK_START = /^\s{0,3}(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,9}[.)]\s|`{3}|~{3}|\||<(?!\/?(?:a|b|i|u|em|strong|span|img|br|font|sup|sub)\b)|\{[:.]|(?:[-*_]\s*){3,}$)/i;

function inlineTagLine(line: string): { prefix: string; tags: string } | undefined {
  const m = INLINE_TAG_LINE.exec(line);
  return m ? { prefix: m[1]!, tags: m[2]!.trim() } : undefined;
}

/** True when the next line would open a new block: after a blank line, a heading or a rule. */
function startsBlock(out: string[], prefix: string): boolean {
  const previous = out[out.length - 1];
  if (previous === undefined) return true;
  const quote = prefix.trimEnd();
  const content = quote && previous.startsWith(quote) ? previous.slice(quote.length) : previous;
  return !content.trim() || /^\s{0,3}#{1,6}(\s|$)/.test(content) || /^\s{0,3}(?:[-*_]\s*){3,}$/.test(content);
}

const HTML_BLOCK = /^ {0,3}<(ul|ol|dl|table|p|h[1-6]|blockquote|pre|form|fieldset|address|iframe|video|audio|object)(?=[\s>])/i;

/** The line and offset just after the tag that closes the element opened at the start of line `start`. */
function findMatchingClose(
  queue: { line: string }[],
  start: number,
  tag: string,
  first: string,
): { index: number; offset: number } | undefined {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>])[^>]*>`, "gi");
  let depth = 0;
  for (let j = start; j < Math.min(queue.length, start + 300); j++) {
    const text = j === start ? first : queue[j]!.line;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) return { index: j, offset: m.index + m[0].length };
    }
  }
  return undefined;
}

/** True when the last block written is a list (an indented line after it continues an item). */
function inList(out: string[]): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const line = out[k]!;
    if (!line.trim()) continue;
    return /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line) || /^(?:\t| {2,})\S/.test(line);
  }
  return false;
}

function findClosing(
  queue: { line: string }[],
  start: number,
  pattern: RegExp,
): { index: number; offset: number } | undefined {
  // A figure spans a few lines; a missing close tag must not swallow the article.
  for (let j = start; j < Math.min(queue.length, start + 40); j++) {
    const m = pattern.exec(queue[j]!.line);
    if (m) return { index: j, offset: m.index + m[0].length };
  }
  return undefined;
}
