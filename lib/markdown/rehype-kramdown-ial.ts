/**
 * Applies kramdown inline attribute lists (`{: .lien-important}`, `{:target="_blank"}`,
 * `{: #id}`) to the element they belong to, and removes every trace of them, well formed or not.
 * Block lists were marked by the reshaping step with the neighbour they apply to. A damaged list
 * (a quote missing or left over, typographic quotes) is read for what it evidently says; one that
 * cannot be read is left out, and the content check says so.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import { visit, SKIP } from "unist-util-visit";
import type { TreeFinding } from "./findings";
import { classesOf, isElement, setClasses, siblingElement } from "./hast";
import { IAL_NEXT, IAL_PREVIOUS } from "./kramdown-compat";

type Attributes = { classes: string[]; id?: string; attrs: Record<string, string> };

const TOKEN = /\s*(?:\.([\w-]+)|#([\w-]+)|([a-zA-Z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+)))/y;
// Any `{:…}` or `{.…}` run in text: a span list, a list left inside raw HTML, or a broken one.
const SPAN_IAL = /\{[:.]\s*([^{}]*)\}/g;

/**
 * Parses the inside of an attribute list, as written or, failing that, with its quotes mended:
 * typographic quotes read as straight ones, then an unbalanced `"` closed at the end or dropped
 * (`target="_blank`, `target=_blank"`). Undefined when no reading works (then it is dropped).
 */
export function parseAttributeList(inner: string): Attributes | undefined {
  return readAttributeList(inner).attributes;
}

export function readAttributeList(inner: string): { attributes?: Attributes; mended: boolean } {
  const straight = inner.replace(/«\s*|\s*»|[“”„]/g, '"').replace(/[‘’]/g, "'");
  const exact = parseStrict(straight);
  if (exact) return { attributes: exact, mended: straight !== inner };
  const candidates: string[] = [];
  if ((straight.split('"').length - 1) % 2 === 1) {
    candidates.push(`${straight.trimEnd()}"`);
    for (let at = straight.indexOf('"'); at >= 0; at = straight.indexOf('"', at + 1)) candidates.push(straight.slice(0, at) + straight.slice(at + 1));
  }
  for (const candidate of candidates) {
    const attributes = parseStrict(candidate);
    if (attributes) return { attributes, mended: true };
  }
  return { mended: false };
}

function parseStrict(inner: string): Attributes | undefined {
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

function describe(attributes: Attributes): string {
  const parts = [...attributes.classes.map((c) => `.${c}`), ...(attributes.id ? [`#${attributes.id}`] : [])];
  for (const [name, value] of Object.entries(attributes.attrs)) parts.push(`${name}="${value}"`);
  return `{: ${parts.join(" ")}}`;
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

export type KramdownIalOptions = { findings?: TreeFinding[] };

export default function rehypeKramdownIal(options: KramdownIalOptions = {}) {
  /** The list read, or a finding where it is (it is left out either way). */
  const read = (inner: string, at: Text | Element, offset = 0): Attributes | undefined => {
    const { attributes, mended } = readAttributeList(inner);
    if ((!attributes || mended) && options.findings) {
      const start = at.position?.start;
      const before = at.type === "text" ? at.value.slice(0, offset).split("\n") : [""];
      const written = `{:${inner.trim().slice(0, 60)}}`;
      options.findings.push({
        line: (start?.line ?? 1) + before.length - 1,
        column: before.length > 1 ? before[before.length - 1]!.length + 1 : (start?.column ?? 1) + offset,
        severity: "warning",
        message: attributes
          ? `the quotes of the attribute list ${written} are damaged: read as ${describe(attributes)}`
          : `the attribute list ${written} cannot be read: it is left out (write it like {: .classe} or {:target="_blank"})`,
      });
    }
    return attributes;
  };
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
      const attributes = read(inner, node);
      if (targetIndex !== undefined) apply(parent.children[targetIndex] as Element, attributes);
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
        const attributes = read(inner, node, offset);
        if (offset === 0 && isElement(before)) {
          apply(before, attributes);
        } else if (offset + whole.length === node.value.length && /\n\s*$/.test(node.value.slice(0, offset)) && index === parent.children.length - 1 && parent.type === "element") {
          // A block list on the last line of a paragraph or list item: it is the block's.
          apply(parent, attributes);
        }
        return "";
      });
      node.value = value.replace(/[ \t]*\n[ \t]*$/, "");
    });
  };
}
