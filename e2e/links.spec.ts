import { expect, test } from "@playwright/test";

// Every page reachable from the home page, by following the links a reader sees.
test("every internal link and image on the site resolves", async ({ request }) => {
  test.setTimeout(120_000);
  const queue = ["/"];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} -> ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
      const target = raw!.replace(/&amp;/g, "&");
      if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/_next/")) continue;
      if (attr === "href" && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      } else if (attr === "src" && !seen.has(target)) {
        seen.add(target);
        const asset = await request.get(target);
        if (asset.status() !== 200) broken.push(`${target} (image on ${path}) -> ${asset.status()}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(20);
});
