/**
 * The block-level readings of kramdown that CommonMark does not share, one rule each, in the
 * order the reshaping step tries them (see kramdown-compat.ts). Each rule is tested alone in
 * tests/kramdown-rules.test.ts.
 */
import { allTagsWellFormed, HTML_ELEMENTS, scanTags } from "./browser-tags";
import { closeAfterLastValue, maskCode } from "./html-repair";
import type { KramdownRule, LineFinding, LineRepair, SourceLine } from "./kramdown-lines";
import { TOC_IAL, TOC_LIST, TOC_MARKER } from "./kramdown-toc";

// HTML elements that wrap other blocks (kramdown read the Markdown inside them).
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

/** A fenced code block is copied as written, up to its closing fence (or the end). */
export const fencedCode: KramdownRule = (_line, source, { input, output }) => {
  const opening = FENCE.exec(source.text);
  if (!opening) return false;
  const fence = opening[1]!.slice(0, 3);
  output.push(source.text, source.from);
  for (let next = input.take(); next; next = input.take()) {
    output.push(next.text, next.from);
    if (next.text.trim().startsWith(fence)) break;
  }
  return true;
};

/** `<style>` and `<script>` never reach the page (the sanitiser drops them): say so. */
export const noteDroppedElements: LineRepair = (line, from, findings) => {
  const dropped = /<(style|script)\b/i.exec(line)?.[1]?.toLowerCase();
  if (dropped) {
    findings.push({
      line: from,
      message: dropped === "style" ? "a <style> block is not carried to the page (the site's stylesheet applies)" : "a <script> is not carried to the page",
    });
  }
  return line;
};

/**
 * HTML inside an attribute list (`{:target="_blank"<br>}`, pasted with the text around it) is
 * no attribute: it goes, and the list is read for what it says.
 */
export const attributeListsWithoutHtml: LineRepair = (line, from, findings) => {
  if (!line.includes("{") || !line.includes("<")) return line;
  return line.replace(/\{[:.][^{}\n]*<[^{}\n]*\}/g, (list) => {
    const clean = list.replace(/<[^<>]*>?/g, "");
    findings.push({ line: from, message: `HTML inside the attribute list ${list.slice(0, 60)} is ignored: read as ${clean}` });
    return clean;
  });
};

// A tag written over several lines (an iframe, an attribute a line) is looked for this far.
const TAG_LINES = 20;

/**
 * A tag cut by a line break, a blank line included (`<a href="…"` then `>le lien</a>` two lines
 * down), is one tag for a browser: its lines are joined so CommonMark reads it whole. A tag that
 * no line closes, or that meets the next tag first, is closed after its last value.
 */
export const tagAcrossLines: KramdownRule = (line, source, { input, findings }) => {
  if (!line.includes("<") || allTagsWellFormed(maskCode(line))) return false;
  const scan = scanTags(maskCode(line));
  if (scan.unterminated === undefined) return false;
  const name = /^<\/?([A-Za-z][^\s/>]*)/.exec(line.slice(scan.unterminated))?.[1]?.toLowerCase();
  if (!name || !HTML_ELEMENTS.has(name)) return false;
  let joined = line;
  let blanks = 0;
  for (let ahead = 0; ahead < TAG_LINES; ahead++) {
    const next = input.peek(ahead);
    // A tag crosses one blank line at most, and ends before the next tag opens a line.
    if (!next || FENCE.test(next.text) || /^\s*<[A-Za-z!/]/.test(next.text)) break;
    if (!next.text.trim() && ++blanks > 1) break;
    joined = next.text.trim() ? `${joined} ${next.text.trim()}` : joined;
    if (scanTags(maskCode(joined)).unterminated === undefined) {
      if (blanks) findings.push({ line: source.from, message: `a tag continues ${ahead + 1} lines below, across a blank line: read as one tag` });
      input.skip(ahead + 1);
      input.unread({ text: joined, from: source.from });
      return true;
    }
  }
  const tag = scanTags(maskCode(line) + ">").tags.find((t) => t.start === scan.unterminated);
  if (!tag) return false;
  const closed = closeAfterLastValue(line, tag, line.length);
  findings.push({ line: source.from, message: `the tag ${line.slice(scan.unterminated, scan.unterminated + 40)}… is never closed: closed after its last attribute, ${closed.tag}` });
  input.unread({ text: line.slice(0, scan.unterminated) + closed.tag + line.slice(closed.resume), from: source.from });
  return true;
};

/** `* TOC` + `{:toc}`: kramdown's table of contents, built later from the headings. */
export const tableOfContents: KramdownRule = (line, source, { input, output }) => {
  if (!TOC_LIST.test(line) || !TOC_IAL.test(input.peek()?.text ?? "")) return false;
  output.blank(source.from);
  output.push(TOC_MARKER, source.from);
  output.push("", source.from);
  input.skip();
  return true;
};

// `## Titre {#id}` (kramdown's header id) or `## Titre {: #id .classe}` at the end of a heading.
const HEADING_LIST = /^( {0,3}#{1,6}[ \t].*?)[ \t]*\{(?::[ \t]*)?([#.][^{}]*)\}[ \t#]*$/;

/** A heading's own attribute list, at the end of its line, is the heading's: it goes on the line below. */
export const headingAttributeList: KramdownRule = (line, source, { input }) => {
  const m = HEADING_LIST.exec(line);
  if (!m) return false;
  input.unread({ text: m[1]!, from: source.from }, { text: `{: ${m[2]!.trim()}}`, from: source.from });
  return true;
};

/**
 * A block attribute list on a line of its own belongs to the block above it, or to the block
 * below when it opens a block; it becomes a marker paragraph the rehype step applies.
 */
export const blockAttributeList: KramdownRule = (line, source, { input, output }) => {
  if (!BLOCK_IAL.test(line)) return false;
  const previous = output.lines.length > 0 && output.last()!.trim() !== "";
  const next = input.peek()?.text.trim();
  const target = previous || !next ? IAL_PREVIOUS : IAL_NEXT;
  output.blank(source.from);
  output.push(target + line.trim().replace(/^\{[:.]/, "").replace(/\}$/, "").trim() + "}", source.from);
  output.push("", source.from);
  return true;
};

/**
 * A figure is kept whole as one HTML block (blank lines inside it would cut it apart), and what
 * follows its closing tag starts a block of its own. Its lines are copied as written.
 */
export const wholeFigure: KramdownRule = (line, source, { input, output }) => {
  if (!FIGURE_OPEN.test(line)) return false;
  // A figure spans a few lines; a missing close tag must not swallow the article.
  const lines = [source];
  let end: RegExpExecArray | null = /<\/figure\s*>/i.exec(source.text);
  for (let ahead = 0; !end && lines.length < 40 && input.peek(ahead); ahead++) {
    lines.push(input.peek(ahead)!);
    end = /<\/figure\s*>/i.exec(input.peek(ahead)!.text);
  }
  if (!end) return false;
  output.blank(source.from);
  const closing = lines.pop()!;
  for (const inside of lines) if (inside.text.trim()) output.push(inside.text, inside.from);
  const offset = end.index + end[0].length;
  output.push(closing.text.slice(0, offset), closing.from);
  output.push("", closing.from);
  input.skip(lines.length);
  const rest = closing.text.slice(offset);
  if (rest.trim()) input.unread({ text: rest, from: closing.from });
  return true;
};

/**
 * The opening tag of a container gets a line of its own with blank lines around, so the
 * Markdown inside it is read as Markdown (as kramdown did, Jekyll rendering bodies twice).
 */
export const containerOpening: KramdownRule = (line, source, { input, output }) => {
  const open = OPEN_CONTAINER.exec(line);
  if (!open) return false;
  output.blank(source.from);
  output.push(open[0].trim(), source.from);
  output.push("", source.from);
  const rest = line.slice(open[0].length);
  if (rest.trim()) input.unread({ text: rest, from: source.from });
  return true;
};

/** A container's closing tag ends the text's block, and what follows it starts a new one. */
export const containerClosing: KramdownRule = (line, source, { input, output }) => {
  const close = CLOSE_CONTAINER.exec(line);
  if (!close) return false;
  const before = line.slice(0, close.index);
  const after = line.slice(close.index + close[0].length);
  const from = source.from;
  if (!before.trim()) {
    output.blank(from);
    output.push(close[0], from);
    output.push("", from);
    if (after.trim()) input.unread({ text: after, from });
  } else {
    input.unread({ text: before, from }, { text: close[0] + after, from });
  }
  return true;
};

/**
 * An indented line after a blank line, outside a list, is an accident of the editor, not code:
 * newsrooms do not publish code blocks by indentation (fences stay available).
 */
export const indentedText: KramdownRule = (line, source, { output, findings }) => {
  const indented = /^(?:\t| {4,})(\S.*)$/.exec(line);
  if (!indented || output.last()?.trim() || inList(output.lines)) return false;
  findings.push({ line: source.from, message: "an indented line would show as code: read as text (indent it by less than 4 spaces)" });
  output.push(indented[1]!, source.from);
  return true;
};

const HTML_BLOCK = /^ {0,3}<(ul|ol|dl|table|p|h[1-6]|blockquote|pre|form|fieldset|address|iframe|video|audio|object)(?=[\s>])/i;

/**
 * Other block-level HTML (a list, a table, a paragraph, a heading): kramdown ended it at its
 * closing tag, CommonMark only at a blank line, which would swallow the text that follows. The
 * lines inside are read as usual; a blank line is put after the closing tag, and what follows
 * it on the same line starts a block of its own.
 */
export const htmlBlockEnd: KramdownRule = (line, source, { input }) => {
  const block = HTML_BLOCK.exec(line);
  if (!block) return false;
  const end = matchingClose(line, input, block[1]!.toLowerCase());
  if (!end) return false;
  const text = end.ahead < 0 ? line : input.peek(end.ahead)!.text;
  const from = end.ahead < 0 ? source.from : input.peek(end.ahead)!.from;
  const head = text.slice(0, end.offset);
  const tail = text.slice(end.offset);
  if (!tail.trim() && !input.peek(end.ahead + 1)?.text.trim()) return false;
  const pieces = [{ text: head, from }, { text: "", from }, ...(tail.trim() ? [{ text: tail, from }] : [])];
  if (end.ahead < 0) {
    input.unread(...pieces);
    return true;
  }
  input.replace(end.ahead, ...pieces);
  return false;
};

/** Where the element opened at the start of `first` closes: -1 is `first` itself, else a line ahead. */
function matchingClose(first: string, input: { peek(ahead: number): SourceLine | undefined }, tag: string) {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>])[^>]*>`, "gi");
  let depth = 0;
  for (let ahead = -1; ahead < 299; ahead++) {
    const text = ahead < 0 ? first : input.peek(ahead)?.text;
    if (text === undefined) return undefined;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) return { ahead, offset: m.index + m[0].length };
    }
  }
  return undefined;
}

// Span-level elements: kramdown keeps them in the paragraph they start.
const INLINE_TAGS = "a|abbr|b|bdi|bdo|big|br|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr";
const INLINE_TAG_LINE = new RegExp(`^((?:\\s*>)*\\s?)((?:\\s*</?(?:${INLINE_TAGS})(?=[\\s/>])[^<>]*>)+)\\s*$`, "i");
/** A line that starts a block of its own in CommonMark: heading, quote, list, fence, table, HTML block, rule. */
const BLOCK_START = /^\s{0,3}(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,9}[.)]\s|`{3}|~{3}|\||<(?!\/?(?:a|b|i|u|em|strong|span|img|br|font|sup|sub)\b)|\{[:.]|(?:[-*_]\s*){3,}$)/i;

/**
 * A line of span tags alone (`<br>`, `<b>`, `<img …>`): kramdown read it as the start of the
 * paragraph below, CommonMark would open a raw HTML block and show that paragraph as raw text.
 * Before a quote, a heading or a list, the tags end their block instead of swallowing it.
 */
export const inlineTagLine: KramdownRule = (line, source, { input, output }) => {
  const m = INLINE_TAG_LINE.exec(line);
  if (!m) return false;
  const prefix = m[1]!;
  const tags = m[2]!.trim();
  const next = input.peek();
  const nextContent = next && next.text.startsWith(prefix.trimEnd()) ? next.text.slice(prefix.length) : undefined;
  const plainNext = next && nextContent !== undefined && nextContent.trim() && !BLOCK_START.test(nextContent);
  if (plainNext && startsBlock(output.lines, prefix)) {
    input.replace(0, { text: prefix + tags + nextContent, from: next.from });
    return true;
  }
  if (nextContent?.trim() && !plainNext) {
    output.push(line, source.from);
    output.push(prefix.trimEnd(), source.from);
    return true;
  }
  return false;
};

/** True when the next line would open a new block: after a blank line, a heading or a rule. */
function startsBlock(out: string[], prefix: string): boolean {
  const previous = out[out.length - 1];
  if (previous === undefined) return true;
  const quote = prefix.trimEnd();
  const content = quote && previous.startsWith(quote) ? previous.slice(quote.length) : previous;
  return !content.trim() || /^\s{0,3}#{1,6}(\s|$)/.test(content) || /^\s{0,3}(?:[-*_]\s*){3,}$/.test(content);
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

export type { LineFinding };
