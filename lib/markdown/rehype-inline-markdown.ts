/**
 * Markdown written inside raw HTML (`<li><b>[Détails](/uploads/x.pdf)</b></li>`,
 * `<td>**2**</td>`). Jekyll rendered bodies through Markdown twice, so such text showed
 * formatted on the old site; CommonMark leaves it as raw text. Text that still holds inline
 * Markdown after the first pass is read once more, as inline content only.
 */
import type { ElementContent, Root, Text } from "hast";
import { toHast } from "mdast-util-to-hast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { isElement } from "./hast";

// Emphasis, a link or inline code that a reader would otherwise see as punctuation.
const INLINE_MARKDOWN = /\*\*\S|\S\*\*|__\S|\S__|\[[^\]\n]+\]\([^)\n]+\)|`[^`\n]+`/;
// Inside these, text is code or already a link: never re-read.
const VERBATIM = new Set(["code", "pre", "kbd", "samp", "script", "style", "textarea", "a"]);

const parser = unified().use(remarkParse).use(remarkGfm);

/** Inline content of `value` as hast, or undefined when Markdown reads it as the same text. */
function inline(value: string): ElementContent[] | undefined {
  const tree = parser.parse(value);
  const only = tree.children.length === 1 ? tree.children[0] : undefined;
  if (!only || only.type !== "paragraph") return undefined;
  if (only.children.length === 1 && only.children[0]!.type === "text") return undefined;
  const hast = toHast(only);
  if (!hast || hast.type !== "element") return undefined;
  const lead = /^\s*/.exec(value)![0];
  const trail = /\s*$/.exec(value)![0];
  const edges = (text: string): Text[] => (text ? [{ type: "text", value: text }] : []);
  return [...edges(lead), ...hast.children, ...edges(trail)];
}

export default function rehypeInlineMarkdown() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (isElement(node as ElementContent) && VERBATIM.has((node as { tagName: string }).tagName)) return SKIP;
      if (node.type !== "text" || !parent || index === undefined) return;
      if (!INLINE_MARKDOWN.test(node.value)) return;
      const replacement = inline(node.value);
      if (!replacement) return;
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
