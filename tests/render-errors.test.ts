import { describe, expect, it } from "vitest";
import { RenderError, renderMarkdown } from "@/lib/markdown/render";

describe("an MDX body that does not compile", () => {
  it("is reported with the compiler's own words at the line of the file", async () => {
    const source = "Un paragraphe.\n\nUn second.\n\n<Encadre title=\"Titre\">\n\nTexte\n";
    const error = await renderMarkdown({ source, file: "content/actualites/x.mdx", firstLine: 6, options: { format: "mdx" } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RenderError);
    const issue = (error as RenderError).issue;
    expect(issue.file).toBe("content/actualites/x.mdx");
    expect(issue.message).toMatch(/^the MDX does not compile: /);
    expect(issue.message).not.toContain("next-mdx-remote");
    expect(issue.message).toMatch(/Encadre/);
    expect(issue.line).toBeGreaterThanOrEqual(10);
  });
});
