/**
 * Where a link to this site should point (see lib/markdown/rehype-links.ts): the page or file it
 * names when the site serves it, the final page when it names an old address.
 */
import { pageAt } from "@/lib/pages/table";
import { siteFile } from "@/lib/public-files";

/**
 * The path a link to this site should point at, or undefined when the site serves nothing
 * there. An old address that now leads to another page of the site links to that page
 * directly (no redirect on the way); uploads and files under public/, listings and term pages count.
 */
export function servedPath(path: string, hops = 0): string | undefined {
  if (siteFile(path)) return path;
  if (!path.endsWith("/")) return undefined;
  const page = pageAt(path.split("/").filter(Boolean));
  if (!page || page.broken) return undefined;
  if (page.redirectTo) {
    const internal = !/^[a-z]+:/i.test(page.redirectTo) && hops < 3;
    return (internal && servedPath(page.redirectTo, hops + 1)) || path;
  }
  return path;
}
