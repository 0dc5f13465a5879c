import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { openSearchResults, PAGE_TYPES } from "./support/page-types";

// The W3C Nu Html Checker, run with the machine's Java (npm package vnu-jar).
const VNU = path.join(process.cwd(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

test("every page type is valid HTML for the W3C Nu Html Checker", async ({ page, request }) => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chapeau-vnu-"));
  const files: string[] = [];
  for (const [name, url] of Object.entries({ ...PAGE_TYPES, search: "/recherche/" })) {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.html`);
    fs.writeFileSync(file, await (await request.get(url)).text());
    files.push(file);
  }
  // The search page once results are shown, as the browser built it.
  await openSearchResults(page);
  const results = path.join(dir, "search-results.html");
  fs.writeFileSync(results, `<!DOCTYPE html>${await page.evaluate(() => document.documentElement.outerHTML)}`);
  files.push(results);

  let output = "";
  try {
    execFileSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    // vnu exits non-zero when it finds errors and writes its report to stderr.
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages: VnuMessage[] = output ? (JSON.parse(output) as { messages: VnuMessage[] }).messages : [];
  const errors = messages.map((m) => `${path.basename(m.url)}:${m.lastLine ?? "?"}: ${m.message} [${(m.extract ?? "").trim().slice(0, 80)}]`);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});
