import { describe, expect, it } from "vitest";
import { browserView, safeUrl, schemeOf } from "@/lib/security/url-policy";

describe("the URL policy", () => {
  it("lets through the schemes a newsroom links to, and relative and fragment addresses", () => {
    for (const href of ["https://example.org/x?a=1#b", "http://example.org", "mailto:presse@example.org", "tel:+33123456789", "/actualites/x/", "x/y", "../x", "#section", "?page=2", "//cdn.example.org/x.png"]) {
      expect(safeUrl(href), href).toBe(href);
    }
  });

  it("refuses every other scheme, however it is written", () => {
    const hostile = [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "\u0001javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java&#x09;script:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A&#x61&#x76&#x61script:alert(1)",
      "javascript&colon;alert(1)",
      "&amp;#106;avascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "data&#x09;:text/html,x",
      "data:text/html;base64,PHNjcmlwdD4=",
      "blob:https://example.org/x",
      "file:///etc/passwd",
      "feed:https://example.org",
      "java\u0000script:alert(1)",
    ];
    for (const href of hostile) {
      expect(safeUrl(href), JSON.stringify(href)).toBeUndefined();
      expect(safeUrl(href, "image"), JSON.stringify(href)).toBeUndefined();
    }
  });

  it("accepts a data: URL only for a raster image where an image is expected", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(safeUrl(png, "image")).toBe(png);
    expect(safeUrl("DATA:image/WEBP;base64,AAAA", "image")).toBeDefined();
    expect(safeUrl(png, "link")).toBeUndefined();
    expect(safeUrl(png, "embed")).toBeUndefined();
    expect(safeUrl("data:image/svg+xml,<svg onload=alert(1)>", "image")).toBeUndefined();
    expect(safeUrl("data:,hello", "image")).toBeUndefined();
  });

  it("returns the address cleaned of what browsers ignore, and refuses what is not text", () => {
    expect(safeUrl("  https://example.org/a\tb  ")).toBe("https://example.org/ab");
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl(42)).toBeUndefined();
    expect(browserView(" ja&#x0A;va ")).toBe("java");
    expect(schemeOf("HTTPS://x")).toBe("https");
    expect(schemeOf("/x:y")).toBeUndefined();
  });
});
