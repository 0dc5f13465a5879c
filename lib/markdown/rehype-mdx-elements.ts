/**
 * MDX's JSX, as the rest of the pipeline reads it: the site's components become their nodes
 * (attributes checked by each component's declaration), plain elements become elements that
 * the legacy vocabulary and the one sanitiser then judge exactly as in a Markdown article, and
 * JavaScript (expressions, import/export) is dropped. What an author wrote that is not shown is
 * a finding, with its place.
 */
import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import { CONTENT_COMPONENTS, contentComponentOf } from "@/components/content-components";
import type { ContentComponent } from "./content-component";
import type { TreeFinding } from "./findings";

type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Report = (severity: TreeFinding["severity"], message: string, position: Position | undefined) => void;

export type MdxElementsOptions = { findings?: TreeFinding[] };

const JAVASCRIPT_NODES = new Set(["mdxFlowExpression", "mdxTextExpression", "mdxjsEsm"]);
const COMPONENT_NAMES = CONTENT_COMPONENTS.map((c) => c.name).join(", ");

export default function rehypeMdxElements(options: MdxElementsOptions = {}) {
  return (tree: Root) => {
    const report: Report = (severity, message, position) =>
      options.findings?.push({ line: position?.start.line ?? 1, column: position?.start.column ?? 1, severity, message });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (JAVASCRIPT_NODES.has(node.type)) {
        report(
          "warning",
          node.type === "mdxjsEsm"
            ? "import and export are not allowed in articles: this line is ignored"
            : "JavaScript expressions are not allowed in articles: this {…} is not shown",
          node.position,
        );
        parent.children.splice(index, 1);
        return index;
      }
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const replacement = convert(node as JsxNode, report);
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      // Read again from the same place: what replaced the element may hold more JSX.
      return index;
    });
  };
}

function convert(node: JsxNode, report: Report): ElementContent[] {
  const children = node.children as ElementContent[];
  const name = node.name ?? "";
  if (!name) return children; // a fragment, <>…</>
  const component = contentComponentOf(name);
  if (component) return componentNode(component, node, report);
  if (/^[A-Z]/.test(name) || name.includes(".")) {
    report("warning", `<${name}> is not a component of this site: only its content is shown (components: ${COMPONENT_NAMES})`, node.position);
    return children;
  }
  const properties: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    const value = attributeValue(attribute, name, report);
    if (value !== undefined) properties[(attribute as MdxJsxAttribute).name] = value ?? true;
  }
  // hastscript reads attribute names as HTML does (`class`, `className`, `aria-label`, `data-x`).
  const element: Element = h(name, properties, children);
  element.position = node.position;
  return [element];
}

/** A string value, null for an attribute written without one, undefined when it cannot be read. */
function attributeValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, owner: string, report: Report): string | null | undefined {
  if (attribute.type === "mdxJsxExpressionAttribute" || (attribute.value !== null && typeof attribute.value !== "string")) {
    const label = attribute.type === "mdxJsxAttribute" ? ` ${attribute.name}={…}` : " {…}";
    report("warning", `<${owner}${label}>: JavaScript expressions are not allowed in articles, write the value between quotes`, attribute.position);
    return undefined;
  }
  return attribute.value;
}

function componentNode(component: ContentComponent, node: JsxNode, report: Report): ElementContent[] {
  const checked: Record<string, unknown> = {};
  const invalid = new Set<string>();
  for (const attribute of node.attributes) {
    const value = attributeValue(attribute, component.name, report);
    if (value === undefined) continue;
    const key = (attribute as MdxJsxAttribute).name;
    const schema = component.attributes[key];
    if (!schema) {
      report(
        "warning",
        `<${component.name}> has no attribute "${key}": it is ignored (attributes: ${Object.keys(component.attributes).join(", ")})`,
        attribute.position ?? node.position,
      );
      continue;
    }
    const parsed = schema.safeParse(value ?? "");
    if (parsed.success) checked[key] = parsed.data;
    else {
      invalid.add(key);
      const reason = parsed.error.issues[0]?.message ?? "invalid value";
      report("error", `<${component.name} ${key}="${value ?? ""}">: ${reason}`, attribute.position ?? node.position);
    }
  }
  const missing = (component.required ?? []).filter((key) => checked[key] === undefined);
  if (missing.length) {
    if (missing.some((key) => !invalid.has(key))) report("error", `<${component.name}> needs ${missing.map((k) => `"${k}"`).join(" and ")}: only its content is shown`, node.position);
    return node.children as ElementContent[];
  }
  const result = component.toTree(checked, node.children as ElementContent[]);
  result.position = node.position;
  return [result];
}
