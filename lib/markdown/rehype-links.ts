/**
 * Links as a reader should get them: addresses of the old site that exist here become internal
 * paths, and a link that opens a new window always carries `rel="noopener noreferrer"`.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { siteConfig } from "@/site.config";

export type LinkOptions = {
  /** True when this site serves the path (an article, a listing, a file under public/). */
  exists?: (path: string) => boolean;
};

export function internalPath(href: string, exists?: (path: string) => boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !siteConfig.legacyHosts.includes(url.hostname)) return undefined;
  let pathname = decodeURI(url.pathname);
  if (!/\.[a-z0-9]{2,5}$/i.test(pathname) && !pathname.endsWith("/")) pathname += "/";
  if (exists && !exists(pathname)) return undefined;
  return pathname + url.search + url.hash;
}

export default function rehypeLinks(options: LinkOptions = {}) {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const href = node.properties.href.trim();
      const local = internalPath(href, options.exists);
      node.properties.href = local ?? href;
      if (node.properties.target) {
        if (node.properties.target === "_blank") node.properties.rel = ["noopener", "noreferrer"];
        else delete node.properties.target;
      }
    });
  };
}
