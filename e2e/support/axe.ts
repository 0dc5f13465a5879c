/**
 * The one way the suite asks axe-core for WCAG 2.1 AA violations (RGAA's reference), on a page
 * or a part of it.
 *
 * Legacy mode runs axe once in the page itself. The default mode runs it in each frame and then
 * opens a second, blank page to merge the results, injecting axe's 550 kB again: on these pages
 * (one frame; an embed's player is another origin's page, not ours) that was 0.6 s of every
 * check for the same findings, a third of the corpus's browser time. Only violations are
 * gathered: nothing here reads the rules a page passes.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Scope = { include?: string; exclude?: string };

/** The WCAG 2.1 AA violations axe-core finds, one line each: rule, help and where. */
export async function wcagViolations(page: Page, { include, exclude }: Scope = {}): Promise<string[]> {
  // options() replaces every option set before it (withTags included): it comes first.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_21_AA).setLegacyMode(true);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 100)}`).join(" | ")})`);
}

/** No WCAG 2.1 AA violation on the page as `npm run dev` shows it. */
export async function expectNoAxeViolationInDev(page: Page) {
  // Next's development overlay is not part of the site.
  expect(await wcagViolations(page, { exclude: "nextjs-portal" })).toEqual([]);
}
