/**
 * `onBrokenLinks` (site.config.ts): a migrated archive's dead links stop the build by default,
 * or are warnings that let it build; either way `npm run check` lists every one of them, and
 * says which policy applied. Fixture: tests/fixtures/unseen/broken-links/.
 */
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCheck } from "@/lib/check/run";
import { formatIssue } from "@/lib/content/issues";
import { siteConfig } from "@/site.config";

const FOLDER = path.join(import.meta.dirname, "fixtures", "unseen", "broken-links");
const NOW = Date.parse("2026-11-15T12:00:00Z");
const at = (rest: string) => `tests/fixtures/unseen/broken-links/actualites/liens-morts.md:${rest}`;

afterEach(() => {
  vi.unstubAllEnvs();
});

async function check(onBrokenLinks?: "error" | "warn") {
  vi.stubEnv("CONTENT_DIR", FOLDER);
  return runCheck({ cache: false, now: NOW, ...(onBrokenLinks ? { onBrokenLinks } : {}) });
}

describe("the broken-link policy", () => {
  it("is an error by default, the site's own new content being held to it", async () => {
    expect(siteConfig.onBrokenLinks).toBe("error");
    const result = await check();
    expect(result.issues.map(formatIssue)).toEqual([
      at('6:6: error: /actualites/page-disparue/ is not a page of this site (onBrokenLinks: "error")'),
      at('6:57: error: the file /uploads/jamais-televerse.pdf is not in tests/fixtures/unseen/broken-links/_uploads/ (onBrokenLinks: "error")'),
      at('8:1: error: the image /uploads/image-perdue.png is not in tests/fixtures/unseen/broken-links/_uploads/ (onBrokenLinks: "error")'),
    ]);
    // What the command's exit status follows.
    expect(result).toMatchObject({ errors: 3, warnings: 0, onBrokenLinks: "error", brokenLinks: 3 });
  });

  it("with \"warn\", lists the same findings as warnings, so the check passes and the build goes on", async () => {
    const result = await check("warn");
    expect(result.issues.map(formatIssue)).toEqual([
      at('6:6: warning: /actualites/page-disparue/ is not a page of this site (onBrokenLinks: "warn")'),
      at('6:57: warning: the file /uploads/jamais-televerse.pdf is not in tests/fixtures/unseen/broken-links/_uploads/ (onBrokenLinks: "warn")'),
      at('8:1: warning: the image /uploads/image-perdue.png is not in tests/fixtures/unseen/broken-links/_uploads/ (onBrokenLinks: "warn")'),
    ]);
    expect(result).toMatchObject({ errors: 0, warnings: 3, onBrokenLinks: "warn", brokenLinks: 3 });
  });
});
