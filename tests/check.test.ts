import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCheck, type CheckResult } from "@/lib/check/run";
import { formatIssue } from "@/lib/content/issues";
import { runScript } from "./support/run-script";

const fixtures = path.join(import.meta.dirname, "fixtures", "check");
// A fixed clock: the article dated 2099 is scheduled, everything else is published.
const NOW = Date.parse("2026-11-15T12:00:00Z");

async function check(folder: string, options: Parameters<typeof runCheck>[0] = {}): Promise<CheckResult> {
  process.env.CONTENT_DIR = folder;
  return runCheck({ cache: false, now: NOW, ...options });
}

afterEach(() => {
  delete process.env.CONTENT_DIR;
});

describe("a folder written by the book", () => {
  it("has no finding at all", async () => {
    const result = await check(path.join(fixtures, "good"));
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result).toMatchObject({ errors: 0, warnings: 0, files: 3 });
  });
});

describe("a folder with every mistake", () => {
  let lines: string[] = [];
  let result: CheckResult;
  beforeAll(async () => {
    result = await check(path.join(fixtures, "bad"));
    lines = result.issues.map(formatIssue);
  });
  const at = (file: string, rest: string) => `tests/fixtures/check/bad/${file}:${rest}`;

  it("reports invalid front matter, duplicate URLs and unknown keys with their line", () => {
    expect(lines).toContain(at("actualites/yaml-casse.md", `3:33: error: front matter is not valid YAML: Missing closing "quote`));
    expect(lines).toContain(
      at("actualites/doublon.md", `1:1: error: the URL /actualites/cible/ is already used by tests/fixtures/check/bad/actualites/cible.md: give one of them another file name, "slug" or "permalink"`),
    );
    expect(lines).toContain(at("actualites/cle-inconnue.md", `4:1: warning: front matter "couleur" is not a known key (kept, not shown)`));
  });

  it("reports internal links to pages, tags, anchors and files that do not exist", () => {
    expect(lines).toContain(at("actualites/liens-casses.md", "8:6: error: /actualites/n-existe-pas/ is not a page of this site (onBrokenLinks: \"error\")"));
    expect(lines).toContain(at("actualites/liens-casses.md", "9:6: error: /tags/inconnue/ is not a page of this site (onBrokenLinks: \"error\")"));
    expect(lines).toContain(at("actualites/liens-casses.md", `10:6: error: /actualites/cible/ has no heading or element with the id "absente" (onBrokenLinks: "error")`));
    expect(lines).toContain(at("actualites/liens-casses.md", `11:6: error: /actualites/liens-casses/ has no heading or element with the id "nulle-part" (onBrokenLinks: "error")`));
    expect(lines).toContain(at("actualites/liens-casses.md", "12:6: error: the file /uploads/absent.pdf is not in tests/fixtures/check/bad/_uploads/ (onBrokenLinks: \"error\")"));
  });

  it("treats links to drafts as broken and links to scheduled articles as broken for now", () => {
    expect(lines).toContain(at("actualites/liens-casses.md", "13:6: error: /actualites/brouillon/ is a draft: readers cannot follow this link (onBrokenLinks: \"error\")"));
    expect(lines).toContain(
      at("actualites/liens-casses.md", "14:6: warning: /agenda/programme/ is scheduled for 3 juin 2099 à 10 h: until then this link leads nowhere"),
    );
    expect(result.scheduled.map((a) => a.url)).toEqual(["/agenda/programme/"]);
  });

  it("lets a draft link to anything unpublished, but not a scheduled article to a draft", () => {
    expect(lines.filter((l) => l.includes("actualites/brouillon.md"))).toEqual([]);
    expect(lines).toContain(at("evenements/programme.md", "6:23: error: /actualites/brouillon/ is a draft: readers cannot follow this link (onBrokenLinks: \"error\")"));
  });

  it("warns about links to the old site's pages that this site does not serve", () => {
    expect(lines).toContain(
      at("actualites/liens-casses.md", "15:6: warning: https://www.numerique.gouv.fr/inexistant/: /inexistant/ is not a page of this site, so the link leads to the old site"),
    );
  });

  it("reports images and attachments missing from the uploads folder, in the body and the front matter", () => {
    expect(lines).toContain(at("actualites/liens-casses.md", "17:1: error: the image /uploads/absente.png is not in tests/fixtures/check/bad/_uploads/ (onBrokenLinks: \"error\")"));
    expect(lines).toContain(at("actualites/cle-inconnue.md", "6:10: error: the image /uploads/une-absente.jpg is not in tests/fixtures/check/bad/_uploads/ (onBrokenLinks: \"error\")"));
    expect(lines).toContain(at("actualites/cle-inconnue.md", "8:9: error: the file /uploads/document-absent.pdf is not in tests/fixtures/check/bad/_uploads/ (onBrokenLinks: \"error\")"));
  });

  it("reports MDX that does not compile, where the compiler stopped", () => {
    expect(lines.find((l) => l.includes("mdx-casse.mdx"))).toMatch(
      /^tests\/fixtures\/check\/bad\/actualites\/mdx-casse\.mdx:10:9: error: the MDX does not compile: Unexpected character `\.`/,
    );
  });

  it("warns about images without alternative text", () => {
    expect(lines).toContain(
      at("actualites/accessibilite.md", "8:1: warning: the image /uploads/composants-une.jpg has no alternative text: describe it between the brackets, ![like this](/uploads/composants-une.jpg)"),
    );
    expect(lines).toContain(at("actualites/accessibilite.md", "10:1: warning: the image /uploads/composants-figure.jpg has no alternative text (alt)"));
    expect(lines).toContain(
      at("actualites/cle-inconnue.md", `6:10: warning: the image /uploads/une-absente.jpg has no "alternative-textuelle": describe it for people who cannot see it`),
    );
  });

  it("warns about empty links and links that only say « ici »", () => {
    expect(lines).toContain(at("actualites/accessibilite.md", "12:16: warning: the link to /actualites/cible/ has no text: screen readers can only read out its address"));
    expect(lines).toContain(
      at("actualites/accessibilite.md", "13:30: warning: the link text « ici » means nothing out of context: say where it leads (« le rapport annuel 2025 »)"),
    );
    expect(lines).toContain(
      at("actualites/accessibilite.md", "14:1: warning: the link text « Cliquez ici ! » means nothing out of context: say where it leads (« le rapport annuel 2025 »)"),
    );
    expect(lines).toContain(at("actualites/accessibilite.md", "15:4: warning: the link « lien sans adresse » has no address"));
  });

  it("warns about heading levels that skip", () => {
    expect(lines).toContain(
      at("actualites/accessibilite.md", "19:1: warning: the heading « Une sous-sous-partie » is level 4 after level 2: levels must not skip (write ### for level 3)"),
    );
  });

  it("warns about spellings of one tag, where each odd spelling is written", () => {
    expect(lines).toContain(
      at("actualites/accessibilite.md", `5:3: warning: the tag "open-source" looks like "Open source" (2 articles): write it the same way everywhere`),
    );
    expect(lines).toContain(
      at("actualites/longueurs.md", `5:3: warning: the tag "OpenSource" looks like "Open source" (2 articles): write it the same way everywhere`),
    );
  });

  it("warns about a chapeau longer than 300 characters and a title longer than 110", () => {
    expect(lines).toContain(at("actualites/longueurs.md", "2:8: warning: the title is 118 characters long: keep it to 110 (results pages and social cards cut it)"));
    expect(lines).toContain(at("actualites/longueurs.md", "6:15: warning: the chapeau is 313 characters long: keep it to 300 (cards and search results cut it)"));
  });

  it("passes on the Markdown pipeline's own findings, such as dropped Liquid, at their line", () => {
    expect(lines).toContain(at("actualites/liquid.md", `8:1: warning: Liquid tag "{% include encadre.html texte="Un encadré Jekyll" %}" removed`));
  });

  it("warns about what MDX drops without a word: JavaScript and unknown components", () => {
    expect(lines).toContain(at("actualites/mdx-inconnu.mdx", "6:13: warning: JavaScript expressions are not allowed in articles: this {…} is not shown"));
    expect(lines).toContain(
      at("actualites/mdx-inconnu.mdx", "8:1: warning: <Video> is not a component of this site: only its content is shown (components: Figure, Encadre, Embed)"),
    );
  });

  it("lists findings file by file, line by line", () => {
    const order = result.issues.map((i) => [i.file, i.line ?? 0] as const);
    const sorted = [...order].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(order).toEqual(sorted);
    expect(result.errors).toBe(lines.filter((l) => l.includes(": error: ")).length);
  });
});

describe("a second run", () => {
  /** A run in a fresh process, as `npm run check` is: nothing kept in memory from the last one. */
  async function checkAgain(folder: string, cacheFolder: string): Promise<CheckResult> {
    vi.resetModules();
    const { runCheck: fresh } = await import("@/lib/check/run");
    process.env.CONTENT_DIR = folder;
    return fresh({ cache: true, cacheFolder, now: NOW });
  }

  it("reads only the files that changed, and finds the same", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-check-"));
    const cacheFolder = path.join(folder, ".cache");
    const content = path.join(folder, "content");
    fs.cpSync(path.join(fixtures, "bad"), content, { recursive: true });
    try {
      const first = await checkAgain(content, cacheFolder);
      // Files that are no article (broken YAML, a taken URL) have no body to read.
      expect(first.read).toBe(first.files - 2);
      const second = await checkAgain(content, cacheFolder);
      expect(second).toMatchObject({ read: 0, cached: first.read });
      expect(second.issues).toEqual(first.issues);

      const edited = path.join(content, "actualites", "accessibilite.md");
      fs.writeFileSync(edited, fs.readFileSync(edited, "utf8").replace("[ici]", "[la cible]"));
      const third = await checkAgain(content, cacheFolder);
      expect(third.read).toBe(1);
      expect(third.issues.map(formatIssue).join("\n")).not.toContain("« ici »");
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("npm run check", () => {
  const run = (folder: string, ...args: string[]) =>
    runScript("scripts/check.ts", ["--no-cache", ...args], { conditions: "import", env: { CONTENT_DIR: folder } });

  it("prints one clickable finding a line and a summary, and fails on errors", () => {
    const { status, stdout } = run(path.join(fixtures, "bad"));
    expect(status).toBe(1);
    const lines = stdout.trim().split("\n");
    const findings = lines.filter((l) => /: (error|warning): /.test(l));
    expect(findings.length).toBeGreaterThan(20);
    for (const line of findings) expect(line).toMatch(/^tests\/fixtures\/check\/bad\/[^:]+:\d+:\d+: (error|warning): \S/);
    expect(lines.at(-1)).toMatch(/^✗ 13 errors, 18 warnings in 12 files \(\d+ read, \d+ unchanged since the last check\) in [\d.]+ s$/);
  }, 60_000);

  it("gives JSON to tools and succeeds when there are only warnings", () => {
    const { status, stdout } = run(path.join(fixtures, "good"), "--json");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ issues: [], summary: { errors: 0, warnings: 0, files: 3 } });
    const warnings = run(path.join(import.meta.dirname, "fixtures", "site"), "--json");
    expect(warnings.status).toBe(0);
    expect(JSON.parse(warnings.stdout).summary.warnings).toBeGreaterThan(0);
  }, 60_000);
});
