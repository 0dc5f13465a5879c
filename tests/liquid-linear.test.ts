/**
 * Liquid left in a body is resolved in one forward pass: whatever the text, the characters the
 * scanner examines stay proportional to its length (a lazy regular expression searched the rest
 * of the text from every unclosed `{% `: 60,000 of them took 25 s). The behaviour around
 * unclosed tags is unchanged: they stay as written, closed ones after them are still handled.
 */
import { describe, expect, it } from "vitest";
import { resolveLiquid } from "@/lib/markdown/liquid";

const N = 60_000;
const HOSTILE: Record<string, string> = {
  "unclosed {% ": "{% ".repeat(N),
  "unclosed {{ ": "{{ ".repeat(N),
  "unclosed raw blocks": "{% raw %}x".repeat(N),
  "both openings": "{%{{".repeat(N),
  "closed tags, one a line": "{% include x.html %}\n".repeat(N),
  "outputs and tags on one line": "{{ a }}{% b %}".repeat(N),
  "braces alone": "{".repeat(N * 3),
  "raw blocks closed": "{% raw %}{% x %}{% endraw %}\n".repeat(N),
};

describe("Liquid resolution is linear in the size of the text", () => {
  it.each(Object.entries(HOSTILE))("%s: each character examined a bounded number of times", (_name, text) => {
    const { work } = resolveLiquid(text);
    expect(work).toBeLessThanOrEqual(4 * text.length);
  });

  it("counts what it examines (a text with no delimiters costs nothing; one with some costs its length)", () => {
    expect(resolveLiquid("plain text").work).toBe(0);
    expect(resolveLiquid("a {% b").work).toBeGreaterThan(0);
  });
});

describe("unclosed tags", () => {
  it("are kept as written, and a tag after them is still found on its own line", () => {
    const text = `${"{% ".repeat(N)}\n{{ page.title }}\n`;
    const { text: out, findings } = resolveLiquid(text);
    expect(out).toBe(`${"{% ".repeat(N)}\n\n`);
    expect(findings).toEqual([{ line: 2, message: 'Liquid output "{{ page.title }}" removed: it has no value here' }]);
  });

  it("a raw block without its end is reported, the text after it still resolved", () => {
    const { text, findings } = resolveLiquid("{% raw %}\nun {{ site.url }}\n{% comment %}");
    expect(text).toBe("\nun \n");
    expect(findings.map((f) => f.line)).toEqual([1, 3]);
    expect(findings[0]!.message).toMatch(/no \{% endraw %\}/);
  });

  it("raw blocks keep their Liquid as text", () => {
    const { text, findings } = resolveLiquid("{% raw %}{{ x }} et {% y %}{% endraw %} puis {{ z }}");
    expect(text).toBe("{\u200B{ x }} et {\u200B% y %} puis ");
    expect(findings).toHaveLength(1);
  });
});
