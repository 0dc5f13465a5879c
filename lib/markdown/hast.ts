/** Small helpers over hast nodes shared by the rehype steps. */
import type { Element, ElementContent, Nodes, Parents, Root, Text } from "hast";

export function isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return !!node && node.type === "element" && (names.length === 0 || names.includes(node.tagName));
}

export function isBlankText(node: Nodes | undefined): node is Text {
  return !!node && node.type === "text" && node.value.trim() === "";
}

export function classesOf(node: Element): string[] {
  const value = node.properties.className as unknown;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  return [];
}

export function setClasses(node: Element, classes: string[]) {
  const unique = [...new Set(classes)];
  if (unique.length) node.properties.className = unique;
  else delete node.properties.className;
}

export function hasClass(node: Element, name: string): boolean {
  return classesOf(node).includes(name);
}

/** Reads one declaration (`width`) from an inline `style` attribute. */
export function styleValue(node: Element, property: string): string | undefined {
  const style = node.properties.style;
  if (typeof style !== "string") return undefined;
  for (const declaration of style.split(";")) {
    const [name, ...value] = declaration.split(":");
    if (name?.trim().toLowerCase() === property) return value.join(":").trim();
  }
  return undefined;
}

/** Index of the nearest sibling element before or after `index`, skipping blank text. */
export function siblingElement(parent: Parents, index: number, step: -1 | 1): number | undefined {
  for (let i = index + step; i >= 0 && i < parent.children.length; i += step) {
    const node = parent.children[i] as ElementContent;
    if (isBlankText(node)) continue;
    return isElement(node) ? i : undefined;
  }
  return undefined;
}

export function textOf(node: Nodes): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map((c) => textOf(c as Nodes)).join("");
  return "";
}

/** A tree that is one paragraph becomes that paragraph's content (inline text). */
export function unwrapParagraph(tree: Root) {
  const blocks = tree.children.filter((c) => !isBlankText(c));
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === "element" && only.tagName === "p") tree.children = only.children;
}
