import { expect, test } from "@playwright/test";
import { crawl } from "./support/crawl";

test("every page, link and image reachable from the home page resolves", async ({ request }) => {
  test.setTimeout(120_000);
  const { pages, broken } = await crawl(request, "/");
  expect(broken).toEqual([]);
  expect(pages.length).toBeGreaterThan(20);
});
