/**
 * Applies kramdown inline attribute lists (`{: .lien-important}`, `{:target="_blank"}`,
 * `{: #id}`) to the element they belong to, and removes every trace of them, well formed or not.
 * Block lists were marked by the reshaping step with the neighbour they apply to.
 */
import type { Element, ElementContent, Root } from "hast";
import { visit, SKIP } from "unist-util-visit";
import { classesOf, isElement, setClasses, siblingElement } from "./hast";
import { IAL_NEXT, IAL_PREVIOUS } from "./kramdown-compat";

type Attributes = { classes: string[]; id?: string; attrs: Record<string, string> };

const TOKEN = /\s*(?:\.([\w-]+)|#([\w-]+)|([a-zA-Z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+)))/y;
// Any `{:…}` or `{.…}` run in text: a span list, a list left inside raw HTML, or a broken one.
const SPAN_IAL = /\{[:.]\s*([^{}]*)\}/g;

/** Parses the inside of an attribute list; undefined when it is malformed (then it is dropped). */
export function parseAttributeList(inner: string): Attributes | undefined {
  const text = inner.trim();
  if (text.startsWith(":") || text.startsWith("@")) return undefined;
  const out: Attributes = { classes: [], attrs: {} };
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) return text.slice(pos).trim() === "" ? out : undefined;
    if (m[1]) out.classes.push(m[1]);
    else if (m[2]) out.id = m[2];
    else if (m[3]) out.attrs[m[3].toLowerCase()] = m[4] ?? m[5] ?? m[6] ?? "";
    pos = TOKEN.lastIndex;
  }
  return out;
}

function apply(target: Element, attributes: Attributes | undefined) {
  if (!attributes) return;
  setClasses(target, [...classesOf(target), ...attributes.classes]);
  if (attributes.id) target.properties.id = attributes.id;
  for (const [name, value] of Object.entries(attributes.attrs)) {
    if (name === "class") setClasses(target, [...classesOf(target), ...value.split(/\s+/)]);
    else if (name !== "style" && !name.startsWith("on")) target.properties[name] = value;
  }
}

export default function rehypeKramdownIal() {
  return (tree: Root) => {
    // Block lists: paragraphs that hold only a marker.
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined || node.tagName !== "p") return;
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (!only || only.type !== "text") return;
      const text = only.value.trim();
      const previous = text.startsWith(IAL_PREVIOUS);
      if (!previous && !text.startsWith(IAL_NEXT)) return;
      const inner = text.slice((previous ? IAL_PREVIOUS : IAL_NEXT).length, -1);
      const targetIndex =
        siblingElement(parent, index, previous ? -1 : 1) ?? siblingElement(parent, index, previous ? 1 : -1);
      if (targetIndex !== undefined) apply(parent.children[targetIndex] as Element, parseAttributeList(inner));
      parent.children.splice(index, 1);
      return [SKIP, index];
    });

    // Span lists, and any list left over in text.
    visit(tree, "text", (node, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("{")) return;
      if (isElement(parent as Element, "code", "pre", "script", "style")) return;
      if (!SPAN_IAL.test(node.value)) return;
      SPAN_IAL.lastIndex = 0;
      const before = parent.children[index - 1] as ElementContent | undefined;
      const value = node.value.replace(SPAN_IAL, (whole, inner: string, offset: number) => {
        if (offset === 0 && isElement(before)) {
          apply(before, parseAttributeList(inner));
        } else if (offset + whole.length === node.value.length && /\n\s*$/.test(node.value.slice(0, offset)) && index === parent.children.length - 1 && parent.type === "element") {
          // A block list on the last line of a paragraph or list item: it is the block's.
          apply(parent, parseAttributeList(inner));
        }
        return "";
      });
      node.value = value.replace(/[ \t]*\n[ \t]*$/, "");
    });
  };
}
