/**
 * Links as a reader should get them: a link to the site itself (`/actualites/x/`, or an
 * address on one of the old site's hosts) becomes an internal link when this site serves the
 * target, and points at the old site otherwise (where the page still was when it was written),
 * never at a page that does not exist here. A link that opens a new window always carries
 * `rel="noopener noreferrer"`.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { siteConfig } from "@/site.config";

export type LinkOptions = {
  /** True when this site serves the path (an article, a listing, an upload or a file under public/). */
  exists?: (path: string) => boolean;
  /**
   * The path to link to for a path of the site, or undefined when nothing is served there
   * (an old address may now lead elsewhere). Takes precedence over `exists`.
   */
  resolve?: (path: string) => string | undefined;
  /** Leave every address as the author wrote it (the content check judges links as written). */
  asWritten?: boolean;
};

type SiteLink = { path: string; rest: string; absolute: boolean };

/** `/x/?a#b` or `https://<old host>/x/?a#b` -> its path and the rest; anything else -> undefined. */
export function siteLinkOf(href: string): SiteLink | undefined {
  if (href.startsWith("/") && !href.startsWith("//")) {
    const cut = href.search(/[?#]/);
    return cut < 0 ? { path: href, rest: "", absolute: false } : { path: href.slice(0, cut), rest: href.slice(cut), absolute: false };
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !siteConfig.legacyHosts.includes(url.hostname)) return undefined;
  return { path: url.pathname, rest: url.search + url.hash, absolute: true };
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A page path always ends with a slash (the site's URLs do); a file path keeps its name. */
function canonical(path: string): string {
  const decoded = decodePath(path).replace(/\/{2,}/g, "/");
  return /\.[a-z0-9]{2,5}$/i.test(decoded) || decoded.endsWith("/") ? decoded : `${decoded}/`;
}

function resolver(options: LinkOptions): ((path: string) => string | undefined) | undefined {
  if (options.resolve) return options.resolve;
  const { exists } = options;
  return exists ? (path) => (exists(path) ? path : undefined) : undefined;
}

/**
 * Where a link to the site should point: the internal path when the target is served, the old
 * site's address when it is not (undefined: leave the link as written).
 */
export function siteHref(href: string, options: LinkOptions): string | undefined {
  const resolve = resolver(options);
  const link = siteLinkOf(href);
  if (!resolve || !link) return undefined;
  const served = resolve(canonical(link.path));
  if (served) return encodeURI(served) + link.rest;
  const oldHost = siteConfig.legacyHosts[0];
  if (link.absolute || !oldHost) return undefined;
  return `https://${oldHost}${link.path}${link.rest}`;
}

/** An address on an old host as an internal path, when nothing tells what the site serves (tests). */
function internalPath(href: string): string | undefined {
  const link = siteLinkOf(href);
  return link?.absolute ? canonical(link.path) + link.rest : undefined;
}

export default function rehypeLinks(options: LinkOptions = {}) {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      // An image on the old site's host is this site's image when the file was brought over.
      if (node.tagName === "img" && typeof node.properties.src === "string" && !options.asWritten) {
        const link = siteLinkOf(node.properties.src.trim());
        const resolve = resolver(options);
        const served = link?.absolute && resolve ? resolve(canonical(link.path)) : undefined;
        if (served) node.properties.src = encodeURI(served) + link!.rest;
        return;
      }
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const href = node.properties.href.trim();
      const known = options.resolve || options.exists;
      if (!options.asWritten) node.properties.href = (known ? siteHref(href, options) : internalPath(href)) ?? href;
      if (node.properties.target) {
        if (node.properties.target === "_blank") node.properties.rel = ["noopener", "noreferrer"];
        else delete node.properties.target;
      }
    });
  };
}
