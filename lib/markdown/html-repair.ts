/**
 * Broken HTML read the way the old site's readers saw it, rather than shown as text, as
 * CommonMark would: a quoted value whose closing quote is missing, a tag damaged so that only a
 * browser's parser reads it (a stray quote, no space between attributes), a tag that swallowed
 * the next one, a comment never closed, markup written with entities. Each reading is a finding.
 */
import { allTagsWellFormed, HTML_ELEMENTS, scanTags, serialiseTag, type BrowserTag } from "./browser-tags";

export type RepairFinding = { message: string };

// A tag whose quoted attribute value reaches `>` without its closing quote.
const UNCLOSED_VALUE = /(<[a-z][a-z0-9]*\b[^<>]*?=\s*)(["'])([^"'<>\n]*)>/gi;

/**
 * `<a href="https://x.fr>le lien</a>`: a browser would read the value on to the next quote,
 * maybe paragraphs away; the editor meant it to end where the tag visibly ends, so it does.
 */
export function repairUnclosedQuotes(line: string, findings: RepairFinding[]): string {
  if (!line.includes("<")) return line;
  return line.replace(UNCLOSED_VALUE, (whole, start: string, quote: string, value: string, offset: number, all: string) => {
    // A `>` inside a well-formed value (`title="a > b"`) is followed by the closing quote before
    // any other tag: leave those alone.
    const after = all.slice(offset + whole.length);
    const nextTag = after.search(/</);
    const upToNextTag = nextTag < 0 ? after : after.slice(0, nextTag);
    if (upToNextTag.includes(quote)) return whole;
    // Quotes balanced before this attribute: only the last value is open.
    if ((start.split(quote).length - 1) % 2 !== 0) return whole;
    findings.push({ message: `an attribute value has no closing quote (${quote}${value.slice(0, 40)}): closed where the tag ends` });
    return `${start}${quote}${value}${quote}>`;
  });
}

/** `line` with its code spans blanked out (same length), so offsets still match. */
export function maskCode(line: string): string {
  return line.includes("`") ? line.replace(/(`+)[^`]+?\1/g, (span) => "`".padEnd(span.length, "x")) : line;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** True when the attribute was written with a value (`href="…"`, not a stray word). */
const hasValue = (line: string, a: BrowserTag["attributes"][number]) => line.slice(a.start, a.end).includes("=");

/**
 * The tag ended where its last written value ends: what a browser would have read as more
 * attributes (the words of the link, the next tag) is text again.
 */
export function closeAfterLastValue(line: string, tag: BrowserTag, before: number): { tag: string; resume: number } {
  const kept = tag.attributes.filter((a) => a.start < before && hasValue(line, a));
  const last = kept[kept.length - 1];
  const resume = last ? last.end : tag.start + 1 + (tag.closing ? 1 : 0) + tag.name.length;
  return { tag: serialiseTag({ ...tag, attributes: kept }), resume };
}

/**
 * Every tag of an HTML element that CommonMark would show as text is written as the browser
 * read it. A tag that ran into the next `<` (`<a href="…" le lien</a>`) is closed after its
 * last value, so its words and the next tag are read again.
 */
export function readTagsAsBrowsers(line: string, findings: RepairFinding[]): string {
  let text = line.includes("< ") || line.includes("</ ") ? closeSpacedTags(line, findings) : line;
  if (/=\s*[“”«]/.test(text)) text = straightenQuotes(text, findings);
  for (let pass = 0; pass < 10; pass++) {
    const masked = maskCode(text);
    if (!text.includes("<") || allTagsWellFormed(masked)) return text;
    const next = rewriteOne(text, masked, findings);
    if (next === text) return text;
    text = next;
  }
  return text;
}

// `href=”https://x.fr”`: a word processor's quotes around a value.
const TYPOGRAPHIC_VALUE = /(<[A-Za-z][^<>]*?=\s*)[“”«]\s*([^“”«»"<>]*?)\s*[”“»]/;

function straightenQuotes(line: string, findings: RepairFinding[]): string {
  let out = line;
  for (let m = TYPOGRAPHIC_VALUE.exec(out); m; m = TYPOGRAPHIC_VALUE.exec(out)) {
    findings.push({ message: `an attribute value is written between typographic quotes (${shorten(m[0].slice(m[1]!.length))}): read as quoted` });
    out = out.slice(0, m.index) + `${m[1]}"${m[2]}"` + out.slice(m.index + m[0].length);
  }
  return out;
}

// `< a href="…">`, `</ a>`: a space after `<` makes text of a tag, for browsers too; with an
// attribute after the name, or as the closing tag of an element of the line, it was one.
const SPACED_OPENING = /<\s+([A-Za-z][A-Za-z0-9]*)(?=\s+[\w-]+\s*=)/g;
const SPACED_CLOSING = /<\s*\/\s+([A-Za-z][A-Za-z0-9]*)\s*>|<\s+\/\s*([A-Za-z][A-Za-z0-9]*)\s*>/g;

function closeSpacedTags(line: string, findings: RepairFinding[]): string {
  const masked = maskCode(line);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const m of masked.matchAll(SPACED_OPENING)) {
    if (HTML_ELEMENTS.has(m[1]!.toLowerCase())) edits.push({ start: m.index, end: m.index + m[0].length, text: `<${m[1]}` });
  }
  const opened = new Set([...masked.matchAll(/<\s*([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
  for (const m of masked.matchAll(SPACED_CLOSING)) {
    const name = (m[1] ?? m[2])!;
    if (opened.has(name.toLowerCase())) edits.push({ start: m.index, end: m.index + m[0].length, text: `</${name}>` });
  }
  if (!edits.length) return line;
  findings.push({ message: `a tag written with a space after < (${shorten(line.slice(edits[0]!.start, edits[0]!.end + 20))}) is read as a tag` });
  let out = line;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

// `href=""https://x.fr"`: the value's opening quote written twice.
const DOUBLED_QUOTE = /(<[A-Za-z][^<>]*?\s[\w:-]+\s*=\s*)(["'])\2([^"'\s<>=]+)\2(?=[\s/>])/g;

/**
 * The attributes as the editor evidently meant them, where the browser's reading is an accident
 * of quoting: a quote left after an unquoted value (`href=https://x.fr"`) is no part of it, a
 * quote alone after a value (`href="x""`) is stray, and a value cut by an apostrophe
 * (`href='/l'article'`) runs on to the quote that ends it.
 */
function meantAttributes(text: string, tag: BrowserTag): BrowserTag["attributes"] {
  const out: BrowserTag["attributes"] = [];
  for (const attribute of tag.attributes) {
    const written = text.slice(attribute.start, attribute.end);
    const previous = out[out.length - 1];
    const quote = previous ? text[previous.end - 1] : undefined;
    const glued = previous && previous.end === attribute.start && (quote === '"' || quote === "'") && !written.includes("=");
    if (glued && attribute.name === quote) continue;
    if (glued && attribute.name.endsWith(quote!)) {
      out[out.length - 1] = { ...previous, value: previous.value + quote + attribute.name.slice(0, -1), end: attribute.end };
      continue;
    }
    const unquoted = /^[^=]*=\s*[^\s"']/.test(written) && /["']$/.test(attribute.value);
    out.push(unquoted ? { ...attribute, value: attribute.value.slice(0, -1) } : attribute);
  }
  return out;
}

function rewriteOne(text: string, masked: string, findings: RepairFinding[]): string {
  const doubled = masked.replace(DOUBLED_QUOTE, "$1$2$3$2");
  if (doubled !== masked) {
    findings.push({ message: "an attribute value opens with two quotes: read as one" });
    return text.replace(DOUBLED_QUOTE, "$1$2$3$2");
  }
  for (const read of scanTags(masked).tags) {
    // `<br\>`, `<br/ >`: a character glued to the name makes it an unknown element for a browser.
    const tag = HTML_ELEMENTS.has(read.name) ? read : { ...read, name: read.name.replace(/[^a-z0-9]+$/, "") };
    if (!HTML_ELEMENTS.has(tag.name) || masked.slice(tag.start - 2, tag.start) === "](") continue;
    const raw = text.slice(tag.start, tag.end);
    if (allTagsWellFormed(raw)) continue;
    const swallowed = tag.attributes.find((a) => a.name.includes("<"));
    if (swallowed) {
      const closed = closeAfterLastValue(text, tag, swallowed.start);
      findings.push({ message: `the tag ${shorten(raw)} is not closed: closed after its last attribute, ${closed.tag}` });
      return text.slice(0, tag.start) + closed.tag + text.slice(closed.resume);
    }
    const written = serialiseTag({ ...tag, attributes: meantAttributes(text, tag) });
    findings.push({ message: `the tag ${shorten(raw)} is damaged: read as ${shorten(written)}` });
    return text.slice(0, tag.start) + written + text.slice(tag.end);
  }
  return text;
}

const ENCODED_TAG = /&lt;(\/?)([A-Za-z][A-Za-z0-9]*)((?:(?!&[lg]t;)[^<>])*)&gt;/g;
const VOID = new Set(["img", "br", "hr", "input", "source", "wbr"]);
// Written as text, these are someone showing code: decoded, the sanitiser would drop them and their words.
const SHOWN_AS_CODE = new Set(["script", "style", "noscript", "template", "textarea", "title", "iframe", "object", "embed", "head", "html", "body", "meta", "link"]);

/**
 * Markup written with entities (`&lt;a href="…"&gt;le lien&lt;/a&gt;`, an editor's HTML escaped
 * once too often by a CMS) is read as markup when it evidently is: an element opened and closed
 * on the line, or an image or break with attributes. `la balise &lt;p&gt;` stays text.
 */
export function decodeEncodedMarkup(line: string, findings: RepairFinding[]): string {
  if (!line.includes("&lt;")) return line;
  const masked = maskCode(line);
  const tags = [...masked.matchAll(ENCODED_TAG)].filter((m) => HTML_ELEMENTS.has(m[2]!.toLowerCase()));
  if (tags.some((m) => SHOWN_AS_CODE.has(m[2]!.toLowerCase()))) return line;
  const opened = new Set(tags.filter((m) => !m[1]).map((m) => m[2]!.toLowerCase()));
  const evident = tags.some(
    (m) => (m[1] && opened.has(m[2]!.toLowerCase())) || (!m[1] && VOID.has(m[2]!.toLowerCase()) && m[3]!.includes("=")),
  );
  if (!evident) return line;
  findings.push({ message: `markup written with entities (${shorten(tags[0]![0])}) is read as markup` });
  let out = "";
  let last = 0;
  for (const m of tags) {
    const decoded = m[0].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;|&#0*34;/g, '"').replace(/&apos;|&#0*39;|&#x0*27;/gi, "'");
    out += line.slice(last, m.index) + decoded;
    last = m.index! + m[0].length;
  }
  return out + line.slice(last);
}

export type CommentFinding = { line: number; message: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `<!--` never closed: a browser hides everything after it, to the end of the page, and
 * CommonMark does the same from the start of a line, or shows it as text inside a paragraph.
 * The editor meant to hide a note: the comment ends with its paragraph, and the rest is read.
 */
export function closeOpenComments(text: string): { text: string; findings: CommentFinding[] } {
  if (!text.includes("<!--")) return { text, findings: [] };
  const lines = text.split("\n");
  const findings: CommentFinding[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opening = FENCE.exec(line);
    if (fence) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1]!.slice(0, 3);
      continue;
    }
    const at = maskCode(line).lastIndexOf("<!--");
    if (at < 0 || line.indexOf("-->", at + 4) >= 0 || lines.slice(i + 1).some((l) => l.includes("-->"))) continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.trim()) end++;
    lines[end] = `${lines[end]} -->`;
    findings.push({ line: i + 1, message: "a comment has no closing -->: it ends with its paragraph, and the text after it is shown" });
    i = end;
  }
  return { text: lines.join("\n"), findings };
}
