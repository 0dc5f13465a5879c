/**
 * A span-level tag left open (`Voir <b>important` and no `</b>`): a browser's parser reopens it
 * in every following paragraph, so the rest of the article would turn bold or into one link.
 * kramdown closed it at the end of its paragraph, and that is what the old site's readers saw:
 * an inline element found holding blocks gives way to its content.
 */
import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import type { TreeFinding } from "./findings";
import { isElement, textOf } from "./hast";

const INLINE = new Set(["a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var"]);
const BLOCK = new Set(["address", "article", "aside", "blockquote", "details", "dl", "div", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"]);

export type UnclosedInlineOptions = { findings?: TreeFinding[] };

const holdsBlock = (node: Element) => node.children.some((child) => isElement(child) && BLOCK.has(child.tagName));

export default function rehypeUnclosedInline(options: UnclosedInlineOptions = {}) {
  return (tree: Root) => {
    // The parser's copies of an element left open carry the position of the tag they copy.
    const written = new Map<number, Element>();
    visit(tree, "element", (node, index, parent) => {
      const offset = node.position?.start.offset;
      const original = offset === undefined ? undefined : written.get(offset);
      const copy = original !== undefined;
      if (offset !== undefined && !copy) written.set(offset, node);
      if (!parent || index === undefined || !INLINE.has(node.tagName) || !holdsBlock(node)) return;
      // A link written around a block (`<a href><div>…</div></a>`, the tag with nothing after it
      // on its line) is one on purpose; only the copies of a link left open after its text go.
      if (node.tagName === "a" && (!copy || !textOf(original).trim())) return;
      const at = node.position?.start ?? firstPosition(node.children);
      options.findings?.push({
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        severity: "warning",
        message: copy
          ? `<${node.tagName}> is not closed: it ends with its paragraph, as on the old site (close it with </${node.tagName}>)`
          : `<${node.tagName}> cannot hold paragraphs or lists: what it holds is kept without it`,
      });
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}

function firstPosition(nodes: ElementContent[]) {
  for (const node of nodes) if (node.position) return node.position.start;
  return undefined;
}
