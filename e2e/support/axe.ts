/**
 * The one way the suite asks axe-core for WCAG 2.1 AA violations (RGAA's reference), on a page
 * or a part of it.
 *
 * axe-core runs in the page itself, put there once per check by the DevTools protocol (which the
 * site's Content Security Policy does not apply to), and only the violations, already written as
 * one line each, come back. `@axe-core/playwright` did the same work at about twice the cost: its
 * default mode opens a second, blank page to merge the frames' results, injecting axe's 550 kB
 * again; its legacy mode evaluates the source twice in the page and sends every passed and
 * inapplicable rule back over the protocol (430 ms a corpus article against 270 ms this way,
 * measured on 40 articles in one page). Each frame gets the script, as that mode did: the page
 * must take it, a child frame is given a second and left alone if it cannot (one still loading,
 * or another origin's that never will); axe trusts only frames of the page's own origin and skips
 * the others after half a second, as it did there too (the site's pages have no frame until a
 * reader opens an embed's player).
 */
import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
import type Axe from "axe-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const CHILD_FRAME_WAIT_MS = 1_000;

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Scope = { include?: string; exclude?: string };

/** The WCAG 2.1 AA violations axe-core finds, one line each: rule, help and where. */
export async function wcagViolations(page: Page, scope: Scope = {}): Promise<string[]> {
  const childFrames = page.frames().filter((frame) => frame !== page.mainFrame());
  await Promise.all([
    page.evaluate(AXE_SOURCE),
    ...childFrames.map((frame) => Promise.race([frame.evaluate(AXE_SOURCE), new Promise((resolve) => setTimeout(resolve, CHILD_FRAME_WAIT_MS))]).catch(() => undefined)),
  ]);
  return page.evaluate(
    async ({ include, exclude, tags }) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const context = include || exclude ? { include: include ? [include] : undefined, exclude: exclude ? [exclude] : undefined } : document;
      const results = await axe.run(context as Axe.ElementContext, { resultTypes: ["violations"], runOnly: { type: "tag", values: tags } });
      return results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 100)}`).join(" | ")})`,
      );
    },
    { ...scope, tags: WCAG_21_AA },
  );
}

/** No WCAG 2.1 AA violation on the page as `npm run dev` shows it. */
export async function expectNoAxeViolationInDev(page: Page) {
  // Next's development overlay is not part of the site.
  expect(await wcagViolations(page, { exclude: "nextjs-portal" })).toEqual([]);
}
