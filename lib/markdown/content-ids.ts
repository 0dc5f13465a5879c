/**
 * Ids from content are prefixed, as GitHub does (`user-content-`): an article cannot name an
 * element `__next_f` or `getElementById` and so replace what the page's scripts read (DOM
 * clobbering). Links to those ids follow, so in-page links, kramdown's heading ids, footnotes
 * and the table of contents keep working; an old address with a bare `#fragment` is taken to
 * the prefixed element by the page script (components/page-script.ts).
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { safeDecode } from "@/lib/safe-decode";

export const CONTENT_ID_PREFIX = "user-content-";

/** Ids of the page around the content (skip links' targets): links to them stay as written. */
export const LAYOUT_IDS = new Set(["contenu", "navigation", "pied-de-page"]);

const REFERENCES = ["ariaDescribedBy", "ariaLabelledBy"] as const;

function prefixed(id: string): string {
  return id.startsWith(CONTENT_ID_PREFIX) ? id : CONTENT_ID_PREFIX + id;
}

/** The id as the author wrote it, for comparisons with links written by authors. */
export function unprefixedId(id: string): string {
  return id.startsWith(CONTENT_ID_PREFIX) ? id.slice(CONTENT_ID_PREFIX.length) : id;
}

/**
 * Prefixes every id of the tree and what refers to it. `rewriteLinks: false` leaves links as
 * written (the content check judges them so).
 */
export function prefixContentIds(tree: Root, { rewriteLinks = true }: { rewriteLinks?: boolean } = {}) {
  const ids = new Set<string>();
  visit(tree, "element", (node) => {
    if (typeof node.properties.id === "string" && node.properties.id) ids.add(node.properties.id);
  });
  visit(tree, "element", (node) => {
    const { id } = node.properties;
    if (typeof id === "string" && id) node.properties.id = prefixed(id);
    for (const key of REFERENCES) {
      const value = node.properties[key];
      if (Array.isArray(value)) node.properties[key] = value.map((v) => (ids.has(String(v)) ? prefixed(String(v)) : v));
    }
    if (rewriteLinks && node.tagName === "a") rewriteFragment(node, ids);
  });
}

function rewriteFragment(node: Element, ids: Set<string>) {
  const href = node.properties.href;
  if (typeof href !== "string") return;
  const hash = href.indexOf("#");
  if (hash < 0 || hash === href.length - 1) return;
  const fragment = safeDecode(href.slice(hash + 1));
  if (fragment.startsWith(CONTENT_ID_PREFIX) || LAYOUT_IDS.has(fragment)) return;
  const samePage = hash === 0;
  // Another page of the site: its content ids are prefixed the same way.
  const sitePage = href.startsWith("/") && !href.startsWith("//");
  if ((samePage && ids.has(fragment)) || (!samePage && sitePage)) {
    node.properties.href = `${href.slice(0, hash + 1)}${CONTENT_ID_PREFIX}${href.slice(hash + 1)}`;
  }
}
