/**
 * Redirect targets and page addresses are judged by the schema: each hostile value in
 * tests/fixtures/hostile/front-matter/ is a content error naming the file, the line of its key
 * and the key, so no build, host file or server ever sees it; ordinary addresses pass.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFile } from "@/lib/content/load";
import { sectionForFolder } from "@/lib/content/sections";
import { checkRedirectTarget, checkSitePath } from "@/lib/security/site-address";

const DIR = path.join(import.meta.dirname, "fixtures", "hostile", "front-matter");
const section = sectionForFolder("actualites");
const hostile = fs.readdirSync(DIR).filter((f) => !f.startsWith("accepted")).sort();

function read(name: string) {
  return readContentFile(path.join(DIR, name), DIR, section, false);
}

describe("hostile redirect targets and permalinks", () => {
  it.each(hostile)("%s is a content error at the line of its key", (name) => {
    const lines = fs.readFileSync(path.join(DIR, name), "utf8").split("\n");
    const keyLine = lines.findIndex((l) => /^(permalink|redirect_to|redirection|redirection-interne|redirect_from):/.test(l)) + 1;
    const key = lines[keyLine - 1]!.split(":")[0]!;
    const result = read(name);
    expect(result.article).toBeUndefined();
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error!.file).toContain(name);
    expect(error!.message).toContain(`front matter "${key}`);
    expect(error!.message).toMatch(/expected a path of this site/);
    // The key's line, or (for a list) the line of the bad item below it.
    expect(error!.line).toBeGreaterThanOrEqual(keyLine);
    expect(lines[error!.line! - 1]).toMatch(key === "redirect_from" ? /^\s+- "\/a\/\\n/ : new RegExp(`^${key}:`));
  });

  it("ordinary addresses of the corpus are accepted", () => {
    for (const name of ["accepted.md", "accepted-redirect.md", "accepted-internal.md"]) {
      const result = read(name);
      expect(result.issues.filter((i) => i.severity === "error"), name).toEqual([]);
      expect(result.article, name).toBeDefined();
    }
    expect(read("accepted.md").article!.url).toBe("/bna/");
  });

  it("a draft with a hostile redirect is a warning, not a reason to stop a build, and is not published", () => {
    const result = readContentFile(path.join(DIR, "redirect-crlf.md"), DIR, section, true);
    expect(result.article).toBeUndefined();
    expect(result.issues.map((i) => i.severity)).toEqual(["warning"]);
  });
});

describe("the address rules", () => {
  it.each([
    ["/../x/", /« \.\. » segment/],
    ["/a/%2E%2e/x/", /segment \(percent-encoded\)/],
    ["/a/%25%32%65%25%32%65/x/", /segment \(percent-encoded\)/],
    ["/%2F%2Fevil.example/", /« \/\/ » once decoded/],
    ["/x/%0A/", /line break \(percent-encoded\)/],
    ["/x/%5C/", /backslash \(percent-encoded\)/],
    ["/a\u2028b/", /space/],
    ["JavaScript:alert(1)", /scheme/],
  ])("refuses %j as a site path", (value, reason) => {
    const verdict = checkSitePath(value);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? "" : verdict.reason).toMatch(reason);
  });

  it("keeps what a real site writes", () => {
    for (const value of ["/actualites/x/", "bna", "/uploads/rapport%202024.pdf", "/é/à/", "/50%/"]) {
      expect(checkSitePath(value), value).toEqual({ ok: true });
    }
    expect(checkRedirectTarget("/services/ada/?onglet=2#contact", "internal")).toEqual({ ok: true });
    expect(checkRedirectTarget("http://example.org/a", "any")).toEqual({ ok: true });
    expect(checkRedirectTarget("https://example.org/a", "internal").ok).toBe(false);
    expect(checkRedirectTarget("https://www.example.org/a", "internal", ["www.example.org"])).toEqual({ ok: true });
    expect(checkRedirectTarget("ftp://example.org/a", "any").ok).toBe(false);
    expect(checkRedirectTarget("https:/example.org", "any").ok).toBe(false);
  });
});
