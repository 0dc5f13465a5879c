import { afterEach, describe, expect, it, vi } from "vitest";
import { robotsRules } from "@/lib/seo/sitemap";

describe("robots.txt", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("lets search engines in and names the sitemap on the published site", () => {
    const rules = robotsRules();
    expect(rules.rules).toEqual({ userAgent: "*", allow: "/" });
    expect(rules.sitemap).toMatch(/\/sitemap\.xml$/);
  });

  it("shuts every search engine out of a preview build", () => {
    vi.stubEnv("CHAPEAU_PREVIEW", "1");
    expect(robotsRules()).toEqual({ rules: { userAgent: "*", disallow: "/" } });
  });
});
