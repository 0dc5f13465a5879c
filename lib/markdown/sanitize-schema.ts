/**
 * The allowlist every article body passes through after the legacy vocabulary is resolved:
 * content elements only, no inline style, no script or event handler, no `javascript:` URL,
 * and only the classes and data attributes this site gives a meaning to.
 */
import type { Schema } from "hast-util-sanitize";
import { MEANINGFUL_CLASSES } from "./rehype-legacy-html";

const classes = ["className", ...MEANINGFUL_CLASSES] as const;
const aria = ["ariaDescribedBy", "ariaLabel", "ariaLabelledBy", "ariaHidden"];

export const sanitizeSchema: Schema = {
  strip: ["script", "style", "template", "noscript", "object", "embed", "iframe", "svg", "math", "link", "meta", "title", "head"],
  clobberPrefix: "",
  clobber: ["name"],
  allowComments: false,
  allowDoctypes: false,
  protocols: {
    href: ["http", "https", "mailto", "tel"],
    src: ["http", "https"],
    cite: ["http", "https"],
  },
  tagNames: [
    "a", "abbr", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
    "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
  ],
  ancestors: {
    tbody: ["table"], tfoot: ["table"], thead: ["table"], tr: ["table"], td: ["table"], th: ["table"],
    caption: ["table"], col: ["table"], colgroup: ["table"], figcaption: ["figure"], summary: ["details"],
  },
  attributes: {
    "*": ["id", "lang", "dir", "title", [...classes], ...aria],
    a: ["href", "target", "rel", "hrefLang", "dataFootnoteRef", "dataFootnoteBackref", ["className", ...MEANINGFUL_CLASSES, "data-footnote-backref"]],
    img: ["src", "alt", "width", "height"],
    figure: ["dataAlign", "dataWidth", "dataEmbed", "dataProvider", "dataSrc", "dataTitle", ["className", "citation"]],
    aside: ["dataEncadre"],
    blockquote: ["cite", "dataEmbed", "dataProvider", "dataHref"],
    section: ["dataFootnotes", ["className", "footnotes"]],
    h2: [["className", "sr-only"]],
    td: ["colSpan", "rowSpan", "align"],
    th: ["colSpan", "rowSpan", "align", "scope"],
    ol: ["start", "reversed", "type"],
    li: ["value"],
    time: ["dateTime"],
    q: ["cite"],
    del: ["cite", "dateTime"],
    ins: ["cite", "dateTime"],
    details: ["open"],
  },
  required: {},
};
