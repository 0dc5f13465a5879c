/**
 * Stable ASCII anchors on every h2-h6 (`#une-relation-etat-communs-numeriques-…`), the same slug
 * rule as tags, so links to a heading survive accents and reordering. Ids already written by
 * the editor are kept.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { asciiSlug } from "@/lib/content/slug";
import { textOf } from "./hast";

const HEADING = /^h[2-6]$/;

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") used.add(node.properties.id);
    });
    visit(tree, "element", (node) => {
      if (!HEADING.test(node.tagName) || typeof node.properties.id === "string") return;
      const base = asciiSlug(textOf(node)) || "section";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    });
  };
}
