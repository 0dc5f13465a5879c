import type { Locator, Page } from "@playwright/test";

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  const focused = () => target.evaluate((el) => el === document.activeElement);
  for (let i = 0; i < max; i++) {
    if (await focused()) return;
    await page.keyboard.press("Tab");
  }
  if (!(await focused())) throw new Error("not reached with the Tab key");
}
