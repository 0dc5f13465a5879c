/**
 * Last step for pages: the semantic elements of the pipeline become the site's components, with
 * the same props an MDX author writes (`<Figure align="left" width="50%">`, `<Encadre variant>`).
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { figureSizes, widthStep, type FigureAlign } from "@/lib/figure-layout";
import { isBlankText, isElement } from "./hast";

function rename(node: Element, tagName: string, properties: Element["properties"]) {
  node.tagName = tagName;
  node.properties = properties;
}

export default function rehypeComponents() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      const p = node.properties;
      if (node.tagName === "figure" && p.dataEmbed) {
        rename(node, "Embed", {
          kind: String(p.dataEmbed),
          provider: String(p.dataProvider ?? ""),
          src: String(p.dataSrc ?? ""),
          title: String(p.dataTitle ?? ""),
          href: String(findHref(node) ?? p.dataSrc ?? ""),
        });
      } else if (node.tagName === "figure" && p.dataAlign) {
        const align = String(p.dataAlign) as FigureAlign;
        const sizes = figureSizes(widthStep(p.dataWidth ? `${String(p.dataWidth)}%` : undefined, align));
        for (const child of node.children) if (isElement(child, "img")) child.properties.sizes = sizes;
        rename(node, "Figure", {
          align: String(p.dataAlign),
          ...(p.dataWidth ? { width: `${String(p.dataWidth)}%` } : {}),
        });
      } else if (node.tagName === "aside" && p.dataEncadre) {
        const heading = node.children.find((c): c is Element => isElement(c) && /^h[2-6]$/.test(c.tagName));
        rename(node, "Encadre", {
          variant: String(p.dataEncadre),
          ...(heading?.properties.id ? { labelledBy: String(heading.properties.id) } : {}),
          ...(p.className ? { className: p.className } : {}),
        });
      } else if (node.tagName === "table") {
        node.tagName = "Table";
        // A table holds no text of its own: line breaks between its rows are no content (React
        // refuses whitespace text inside <table>).
        node.children = node.children.filter((c) => !isBlankText(c));
      }
    });
  };
}

function findHref(node: Element): string | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === "a" && typeof child.properties.href === "string") return child.properties.href;
    const inner = findHref(child);
    if (inner) return inner;
  }
  return undefined;
}
