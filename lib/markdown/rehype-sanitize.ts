/**
 * The one sanitising policy of article bodies, Markdown and MDX alike: the allowlist
 * (sanitize-schema.ts) for elements and attributes, then the URL policy for every address left
 * (lib/security/url-policy.ts), judged as a browser will read it.
 */
import type { Element, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { visit } from "unist-util-visit";
import { contentComponentOf } from "@/components/content-components";
import { safeUrl, type UrlUse } from "@/lib/security/url-policy";
import { sanitizeSchema } from "./sanitize-schema";

// Every HTML property that holds an address, whichever element carries it: the allowlist lets
// few of them through, and none of those escapes the URL policy.
const URL_PROPERTIES = new Set([
  "href", "src", "srcSet", "cite", "action", "formAction", "poster", "background", "longDesc", "codeBase",
  "data", "manifest", "ping", "useMap", "itemId", "itemType", "profile", "xLinkHref", "dataHref", "dataSrc",
]);

function urlUse(node: Element, key: string): UrlUse | undefined {
  const declared = contentComponentOf(node.tagName)?.urls?.[key];
  if (declared) return declared;
  if (!URL_PROPERTIES.has(key)) return undefined;
  return node.tagName === "img" && key === "src" ? "image" : "link";
}

export function applyUrlPolicy(tree: Root) {
  visit(tree, "element", (node) => {
    for (const key of Object.keys(node.properties)) {
      const use = urlUse(node, key);
      if (!use) continue;
      const safe = safeUrl(node.properties[key], use);
      if (safe === undefined) delete node.properties[key];
      else node.properties[key] = safe;
    }
  });
}

export default function rehypeSanitize() {
  return (tree: Root) => {
    const clean = sanitize(tree, sanitizeSchema) as Root;
    visit(clean, "element", (node) => {
      // Classes outside the vocabulary are gone; an element left with none loses the attribute.
      const value = node.properties.className;
      if (Array.isArray(value) && value.length === 0) delete node.properties.className;
    });
    applyUrlPolicy(clean);
    return clean;
  };
}
