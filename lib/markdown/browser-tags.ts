/**
 * Tags as a browser reads them. The old site's readers saw what their browser's HTML parser made
 * of the page, damaged attributes included; CommonMark only recognises well-formed tags and shows
 * the others as text. parse5's tokenizer (the WHATWG algorithm rehype-raw already runs on HTML
 * blocks) says where each tag starts and ends and which attributes it has, so a damaged tag can
 * be rewritten in the form CommonMark reads, with the same meaning.
 */
import { html, Tokenizer, type Token } from "parse5";

type TagToken = Token.TagToken;

export type BrowserAttribute = { name: string; value: string; start: number; end: number };

export type BrowserTag = {
  /** Offsets of `<` and just after `>` in the text scanned. */
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: BrowserAttribute[];
};

export type TagScan = {
  tags: BrowserTag[];
  /** Where a tag opens that the text never closes (a browser would read on to the end). */
  unterminated?: number;
};

/** The elements of HTML: only these are read as tags (`<Nom Prénom>` stays text). */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(Object.values(html.TAG_NAMES));

// A tag as CommonMark recognises it (spec 6.6, "Raw HTML"), on one line.
const ATTRIBUTE = String.raw`[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
export const COMMONMARK_TAG = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9-]*(?:\s+${ATTRIBUTE})*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>`, "g");
const ATTRIBUTE_NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*$/;

/** Every start and end tag of `text`, as the browser's tokenizer reads them. */
export function scanTags(text: string): TagScan {
  const scan: TagScan = { tags: [] };
  let lastEnd = 0;
  const onTag = (closing: boolean) => (token: TagToken) => {
    const location = token.location!;
    const attributes = token.attrs.map((a) => {
      const at = location.attrs?.[a.name];
      return { name: a.name, value: a.value, start: at?.startOffset ?? location.startOffset, end: at?.endOffset ?? location.endOffset };
    });
    scan.tags.push({ start: location.startOffset, end: location.endOffset, name: token.tagName, closing, selfClosing: token.selfClosing, attributes });
    lastEnd = location.endOffset;
  };
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: onTag(false),
      onEndTag: onTag(true),
      onComment: (token) => (lastEnd = token.location?.endOffset ?? lastEnd),
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onParseError: (error) => {
        if (error.code !== "eof-in-tag") return;
        // The tag that runs to the end starts at the last `<` a tag can start with.
        const rest = text.slice(lastEnd);
        const opening = /<\/?[A-Za-z]/g;
        let at: number | undefined;
        for (let m = opening.exec(rest); m; m = opening.exec(rest)) at = m.index;
        if (at !== undefined) scan.unterminated = lastEnd + at;
      },
    },
  );
  tokenizer.write(text, true);
  return scan;
}

/** True when CommonMark reads every `<` of `text` that could open a tag as one. */
export function allTagsWellFormed(text: string): boolean {
  return !/<[A-Za-z/!?]/.test(text.replace(COMMONMARK_TAG, ""));
}

const escapeValue = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The tag written as CommonMark reads it; attributes no browser could use (`"`, `=x`) are left out. */
export function serialiseTag(tag: Pick<BrowserTag, "name" | "closing" | "selfClosing" | "attributes">): string {
  if (tag.closing) return `</${tag.name}>`;
  const attributes = tag.attributes.filter((a) => ATTRIBUTE_NAME.test(a.name)).map((a) => ` ${a.name}="${escapeValue(a.value)}"`);
  return `<${tag.name}${attributes.join("")}${tag.selfClosing ? " /" : ""}>`;
}
