/**
 * What a content file may cost to read is bounded, and going beyond is a content error naming
 * the file (and the line when there is one), never an exception: an alias bomb, front matter
 * nested deeper than any real file, a binary file, a file over the size limit, too many tags.
 * `readContentFile` reads whatever it is given and answers with issues.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { readContentFile } from "@/lib/content/load";
import { sectionForFolder } from "@/lib/content/sections";
import { siteConfig } from "@/site.config";
import { runScript } from "./support/run-script";

const DIR = path.join(import.meta.dirname, "fixtures", "hostile", "limits");
const section = sectionForFolder("actualites");
const read = (file: string, draft = false) => readContentFile(file, path.dirname(file), section, draft);
const fixture = (name: string) => read(path.join(DIR, name));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-limits-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function onlyError(result: ReturnType<typeof read>) {
  expect(result.article).toBeUndefined();
  const errors = result.issues.filter((i) => i.severity === "error");
  expect(errors, result.issues.map(formatIssue).join("\n")).toHaveLength(1);
  return errors[0]!;
}

describe("front matter that would cost too much to read", () => {
  it("an alias bomb is a content error naming the file and the line of the aliases", () => {
    const error = onlyError(fixture("alias-bomb.md"));
    expect(error.file).toMatch(/alias-bomb\.md$/);
    expect(error.message).toMatch(/more than 50 YAML aliases/);
    expect(error.line).toBeGreaterThan(4);
  });

  it("a smaller bomb, under the alias count but expanding too much, is refused by the parser's own bound", () => {
    const error = onlyError(fixture("alias-bomb-small.md"));
    expect(error.message).toMatch(/front matter not read: Excessive alias count/);
  });

  it.each(["deep-flow.md", "deep-block.md"])("%s: nesting deeper than any real front matter is refused before parsing", (name) => {
    const error = onlyError(fixture(name));
    expect(error.message).toMatch(/nests more than 16 levels deep/);
    const line = fs.readFileSync(path.join(DIR, name), "utf8").split("\n")[error.line! - 1]!;
    expect(line).toMatch(name === "deep-flow.md" ? /^une-ou-diaporama: \[+/ : /^ +k\d+:/);
  });

  it("a draft that is a bomb is a warning and nothing more", () => {
    const result = read(path.join(DIR, "alias-bomb.md"), true);
    expect(result.article).toBeUndefined();
    expect(result.issues.map((i) => i.severity)).toEqual(["warning"]);
  });

  it("an ordinary alias (a caption used twice) still reads", () => {
    const result = fixture("thirty-tags.md");
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.article!.slides.map((s) => s.caption)).toEqual(["Une légende", "Une légende"]);
  });
});

describe("limits per article", () => {
  it(`more than ${siteConfig.limits.tagsPerArticle} tags is an error at the line of "tags"`, () => {
    const error = onlyError(fixture("too-many-tags.md"));
    expect(error.message).toMatch(/front matter "tags": 31 labels, more than the 30 an article may have \(limits\.tagsPerArticle/);
    expect(error.line).toBe(5);
    expect(fixture("thirty-tags.md").article!.tags).toHaveLength(30);
  });

  it("a file over the size limit is an error, and is not read", () => {
    const file = path.join(temp, "enorme.md");
    const head = "---\ntitle: Énorme\ndate: 2024-01-01\n---\n\n";
    fs.writeFileSync(file, head + "Un paragraphe. ".repeat(Math.ceil(siteConfig.limits.articleBytes / 15)));
    const error = onlyError(read(file));
    expect(error.message).toMatch(/the file is 1 Mo, more than the 1 Mo an article may be \(limits\.articleBytes/);
    expect(error.line).toBe(1);
  });

  it("a file just under the limit reads", () => {
    const file = path.join(temp, "long.md");
    const head = "---\ntitle: Long\ndate: 2024-01-01\n---\n\n";
    fs.writeFileSync(file, head + "x".repeat(siteConfig.limits.articleBytes - head.length));
    expect(read(file).article?.title).toBe("Long");
  });
});

describe("readContentFile never throws", () => {
  it("a binary file is an error saying it is not UTF-8 text", () => {
    expect(onlyError(fixture("binary.md")).message).toMatch(/not valid UTF-8/);
  });

  it("a file that vanished, a folder and a file with no permission are errors too", () => {
    expect(onlyError(read(path.join(temp, "absent.md"))).message).toMatch(/ENOENT/);
    fs.mkdirSync(path.join(temp, "dossier.md"));
    expect(onlyError(read(path.join(temp, "dossier.md"))).message).toMatch(/EISDIR/);
  });
});

describe("a CONTENT_DIR that names no folder", () => {
  it.each([
    ["a missing folder", () => path.join(temp, "absent"), /which does not exist/],
    ["a file", () => path.join(DIR, "binary.md"), /which is a file, not a folder/],
  ])("%s: npm run check prints one line naming it, and exits with status 2", (_what, where, reason) => {
    const dir = where();
    const run = runScript("scripts/check.ts", [], { conditions: "import", env: { CONTENT_DIR: dir } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(reason)]);
    expect(run.stderr).toContain(dir);
  }, 60_000);
});
