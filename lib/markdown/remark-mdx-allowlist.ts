/**
 * MDX articles are written by editors, not developers: JSX is limited to the site's components
 * and plain content elements, with no inline style, event handler or `javascript:` URL.
 * (JavaScript expressions are already refused by next-mdx-remote.)
 */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { SKIP, visit } from "unist-util-visit";
import { sanitizeSchema } from "./sanitize-schema";

/** Components an MDX article may use by name; the components map must provide each one. */
export const MDX_COMPONENT_NAMES = ["Figure", "Encadre", "Embed"] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

const ALLOWED = new Set<string>([...MDX_COMPONENT_NAMES, ...(sanitizeSchema.tagNames ?? [])]);
const DROP_WITH_CONTENT = new Set(sanitizeSchema.strip ?? []);
const URL_ATTRIBUTES = new Set(["href", "src", "cite", "action", "formaction", "poster"]);

export default function remarkMdxAllowlist() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (!parent || index === undefined) return;
      const name = element.name ?? "";
      if (!ALLOWED.has(name)) {
        // Unknown element: its content stays, the element goes (scripts and styles go whole).
        const keep = DROP_WITH_CONTENT.has(name.toLowerCase()) ? [] : element.children;
        (parent.children as unknown[]).splice(index, 1, ...keep);
        return [SKIP, index];
      }
      element.attributes = element.attributes.filter((attribute) => {
        if (attribute.type !== "mdxJsxAttribute") return false;
        const key = attribute.name.toLowerCase();
        if (key === "style" || key.startsWith("on") || key === "dangerouslysetinnerhtml") return false;
        if (URL_ATTRIBUTES.has(key) && typeof attribute.value === "string") {
          return !/^\s*(javascript|vbscript|data):/i.test(attribute.value);
        }
        return true;
      });
    });
  };
}
