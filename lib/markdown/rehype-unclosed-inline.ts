/**
 * A span-level tag left open (`Voir <b>important` and no `</b>`): a browser's parser reopens it
 * in every following paragraph, so the rest of the article would turn bold or into one link.
 * kramdown closed it at the end of its paragraph, and that is what the old site's readers saw:
 * an inline element found holding blocks gives way to its content.
 */
import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import type { TreeFinding } from "./findings";
import { isElement } from "./hast";

const INLINE = new Set(["a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var"]);
const BLOCK = new Set(["address", "article", "aside", "blockquote", "details", "dl", "div", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"]);

export type UnclosedInlineOptions = { findings?: TreeFinding[] };

const holdsBlock = (node: Element) => node.children.some((child) => isElement(child) && BLOCK.has(child.tagName));

export default function rehypeUnclosedInline(options: UnclosedInlineOptions = {}) {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined || !INLINE.has(node.tagName) || !holdsBlock(node)) return;
      // A link written around a block (`<a href><div>…</div></a>`) is one on purpose; only the
      // copies the parser makes of a link left open (they have no place in the source) go.
      if (node.tagName === "a" && node.position) return;
      const at = node.position?.start ?? firstPosition(node.children);
      options.findings?.push({
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        severity: "warning",
        message: `<${node.tagName}> is not closed: it ends with its paragraph, as on the old site (close it with </${node.tagName}>)`,
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
