/**
 * The allowlist every article body passes through, Markdown and MDX alike, after the legacy
 * vocabulary is resolved: content elements and the site's components only, no inline style, no
 * script or event handler, and only the classes and attributes this site gives a meaning to.
 * Addresses are judged by the URL policy and ids prefixed right after (rehype-sanitize.ts).
 */
import type { Schema } from "hast-util-sanitize";
import { CONTENT_COMPONENTS } from "@/components/content-components";
import { MEANINGFUL_CLASSES } from "./rehype-legacy-html";

const classes = ["className", ...MEANINGFUL_CLASSES] as const;
const aria = ["ariaDescribedBy", "ariaLabel", "ariaLabelledBy", "ariaHidden"];

export const sanitizeSchema: Schema = {
  strip: ["script", "style", "template", "noscript", "object", "embed", "iframe", "svg", "math", "link", "meta", "title", "head"],
  // Ids are prefixed by the step that also rewrites the links to them (content-ids.ts).
  clobberPrefix: "",
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
  // Schemes are judged by lib/security/url-policy.ts, after entities and ignored characters.
  protocols: {},
  tagNames: [
    "a", "abbr", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
    "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
    ...CONTENT_COMPONENTS.map((c) => c.name),
  ],
  ancestors: {
    tbody: ["table"], tfoot: ["table"], thead: ["table"], tr: ["table"], td: ["table"], th: ["table"],
    caption: ["table"], col: ["table"], colgroup: ["table"], figcaption: ["figure", "Figure"], summary: ["details"],
  },
  attributes: {
    "*": ["id", "lang", "dir", "title", [...classes], ...aria],
    a: ["href", "target", "rel", "hrefLang", "dataFootnoteRef", "dataFootnoteBackref", ["className", ...MEANINGFUL_CLASSES, "data-footnote-backref"]],
    img: ["src", "alt", "width", "height"],
    figure: [["className", "citation"]],
    // A post quoted from a social network (embeds.ts): its provider and address.
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
    ...Object.fromEntries(CONTENT_COMPONENTS.map((c) => [c.name, [...c.properties]])),
  },
  required: {},
};
