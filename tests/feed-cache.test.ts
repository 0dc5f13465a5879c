/**
 * Feed HTML is kept on disk between builds under one validity rule: the key of everything it
 * depends on. A link in a body depends on what the site serves, so the same article in a site
 * that gained the link's target is made again, not served from the cache.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-feed-cache-"));
const cache = path.join(work, "cache");

function site(name: string, withTarget: boolean): string {
  const dir = path.join(work, name);
  fs.mkdirSync(path.join(dir, "actualites"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "actualites", "a.md"),
    `---\ntitle: "A"\ndate: 2024-01-02 10:00:00 +01:00\n---\n\nVoir [l'article B](/actualites/b/).\n`,
  );
  if (withTarget) {
    fs.writeFileSync(path.join(dir, "actualites", "b.md"), `---\ntitle: "B"\ndate: 2024-01-01 10:00:00 +01:00\n---\n\nTexte.\n`);
  }
  return dir;
}

/** A's feed content as a fresh build process would make it (modules loaded anew). */
async function feedOfA(contentDir: string): Promise<string> {
  vi.stubEnv("CONTENT_DIR", contentDir);
  vi.resetModules();
  const { buildFeed } = await import("@/lib/feeds/feed");
  const feed = await buildFeed({ kind: "site" });
  return feed!.items.find((i) => i.title === "A")!.contentHtml;
}

const entries = () => fs.readdirSync(path.join(cache, "feed-html")).filter((f) => f.endsWith(".html"));

beforeAll(() => {
  vi.stubEnv("CHAPEAU_CACHE_DIR", cache);
  vi.stubEnv("SITE_URL", "https://site.example");
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the feed HTML cache", () => {
  it("is reused by a later build of the same site, and never for a site whose addresses changed", async () => {
    const without = site("sans-b", false);
    const first = await feedOfA(without);
    // B does not exist here: the link leads to the old site, where the page was.
    expect(first).toContain('href="https://www.numerique.gouv.fr/actualites/b/"');
    expect(entries()).toHaveLength(1);

    const second = await feedOfA(without);
    expect(second).toBe(first);
    expect(entries()).toHaveLength(1);

    const withB = await feedOfA(site("avec-b", true));
    expect(withB).toContain('href="https://site.example/actualites/b/"');
    expect(entries()).toHaveLength(3);
  }, 60_000);
});
