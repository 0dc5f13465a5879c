/**
 * The pipeline's last step: the site's component nodes, for their target. Pages render them
 * with their React components (after each declaration's last touches); feeds and the search
 * text get them as plain HTML.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { contentComponentOf } from "@/components/content-components";

/** Pages: component nodes stay, ready for the components map. */
export function rehypeComponentsForPage() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      contentComponentOf(node.tagName)?.beforeRender?.(node);
    });
  };
}

/** Component nodes as plain semantic HTML, in place (nested components included). */
export function componentsToHtml(tree: Root): Root {
  visit(tree, "element", (node, index, parent) => {
    const component = contentComponentOf(node.tagName);
    if (!component || !parent || index === undefined) return;
    const html = component.toHtml(node);
    html.position = node.position;
    parent.children[index] = html;
  });
  return tree;
}

export function rehypeComponentsToHtml() {
  return (tree: Root) => componentsToHtml(tree);
}
