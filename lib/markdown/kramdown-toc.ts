/**
 * kramdown's table of contents: a one-item list `* TOC` marked `{:toc}` became a list of links
 * to the article's headings (those marked `{: .no_toc}` left out). The reshaping step leaves a
 * marker paragraph; here it becomes the list, nested by heading level. Headings get their
 * anchors now, by the rule the heading-id step uses, so the links and the anchors agree.
 */
import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";
import { asciiSlug } from "@/lib/content/slug";
import { hasClass, isElement, textOf } from "./hast";

/** Text of the marker paragraph: invisible separators around a word no article writes. */
export const TOC_MARKER = "\u2063kramdown-toc\u2063";
/** `* TOC` (or `1. TOC`) followed by `{:toc}`, as kramdown documents it. */
export const TOC_LIST = /^ {0,3}(?:[*+-]|1[.)])\s+TOC\s*$/;
export const TOC_IAL = /^ {0,3}\{:\s*toc\b[^}]*\}\s*$/;

const HEADING = /^h([2-6])$/;

type Entry = { level: number; id: string; children: ElementContent[] };

function link(entry: Entry): Element {
  return { type: "element", tagName: "a", properties: { href: `#${entry.id}` }, children: entry.children };
}

/** Nested lists from a flat run of headings: a deeper heading goes in the item above it. */
function nest(entries: Entry[]): Element {
  const root: Element = { type: "element", tagName: "ul", properties: {}, children: [] };
  const stack: { level: number; list: Element }[] = [{ level: 0, list: root }];
  for (const entry of entries) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1]!;
    const item: Element = { type: "element", tagName: "li", properties: {}, children: [link(entry)] };
    parent.list.children.push(item);
    const sub: Element = { type: "element", tagName: "ul", properties: {}, children: [] };
    item.children.push(sub);
    stack.push({ level: entry.level, list: sub });
  }
  // Lists left empty were only room for deeper headings.
  visit(root, "element", (node) => {
    node.children = node.children.filter((c) => !(isElement(c, "ul") && c.children.length === 0));
  });
  return root;
}

export function kramdownToc(tree: Root) {
  const markers: { parent: Element | Root; index: number }[] = [];
  visit(tree, "element", (node, index, parent) => {
    if (parent && index !== undefined && node.tagName === "p" && textOf(node).trim() === TOC_MARKER) markers.push({ parent: parent as Element | Root, index });
  });
  if (!markers.length) return;
  const used = new Set<string>();
  visit(tree, "element", (node) => {
    if (typeof node.properties.id === "string") used.add(node.properties.id);
  });
  const entries: Entry[] = [];
  visit(tree, "element", (node) => {
    const level = HEADING.exec(node.tagName)?.[1];
    if (!level || hasClass(node, "no_toc")) return;
    if (typeof node.properties.id !== "string") {
      const base = asciiSlug(textOf(node)) || "section";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      node.properties.id = id;
    }
    const children = structuredClone(node.children).filter((c) => !isElement(c, "a"));
    entries.push({ level: Number(level), id: node.properties.id as string, children: children.length ? children : [{ type: "text", value: textOf(node) }] });
  });
  for (const { parent, index } of markers.reverse()) {
    if (entries.length) parent.children.splice(index, 1, nest(entries));
    else parent.children.splice(index, 1);
  }
}
