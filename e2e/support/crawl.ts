import type { APIRequestContext } from "@playwright/test";

export type CrawlResult = { pages: string[]; broken: string[]; outside: string[] };

/**
 * Follows every link a reader can follow from `start`, checking that each page and each image
 * answers 200. Links that leave `prefix` (the site's base path) are reported, not followed.
 */
export async function crawl(request: APIRequestContext, start: string, prefix = "/"): Promise<CrawlResult> {
  const queue = [start];
  const seen = new Set(queue);
  const pages: string[] = [];
  const broken: string[] = [];
  const outside: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} -> ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages.push(path);
    const html = await response.text();
    for (const [, attr, raw] of html.matchAll(/\s(href|src|srcSet|srcset)="([^"#]+)(?:#[^"]*)?"/g)) {
      const targets = attr!.toLowerCase() === "srcset" ? raw!.split(",").map((c) => c.trim().split(/\s+/)[0]!) : [raw!];
      for (const candidate of targets) {
        const target = candidate.replace(/&amp;/g, "&");
        if (!target.startsWith("/") || target.startsWith("//") || seen.has(target)) continue;
        seen.add(target);
        if (!target.startsWith(prefix)) {
          outside.push(`${target} (on ${path})`);
          continue;
        }
        if (target.includes("/_next/")) continue;
        if (attr === "href") queue.push(target);
        else {
          const asset = await request.get(target);
          if (asset.status() !== 200) broken.push(`${target} (on ${path}) -> ${asset.status()}`);
        }
      }
    }
  }
  return { pages, broken, outside };
}
