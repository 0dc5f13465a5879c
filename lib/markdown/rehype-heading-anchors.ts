/**
 * Pages only: the text of each section heading (h2, h3) becomes a link to the heading itself, so
 * readers can copy the address of a section; the stylesheet shows a « # » on hover and focus.
 * The heading keeps its name for screen readers. Headings of callouts and figures, hidden
 * headings, and headings that already hold a link are left as they are.
 */
import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { isContentComponent } from "./content-component";
import { hasClass, isElement } from "./hast";

function holdsLink(node: Element): boolean {
  return node.children.some((c) => isElement(c) && (c.tagName === "a" || holdsLink(c)));
}

export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "aside" || node.tagName === "figure" || isContentComponent(node)) return SKIP;
      if ((node.tagName !== "h2" && node.tagName !== "h3") || typeof node.properties.id !== "string") return;
      if (hasClass(node, "sr-only") || holdsLink(node)) return SKIP;
      node.children = [
        { type: "element", tagName: "a", properties: { href: `#${node.properties.id}`, className: ["heading-anchor"] }, children: node.children },
      ];
      return SKIP;
    });
  };
}
