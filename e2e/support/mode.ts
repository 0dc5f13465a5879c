import type { TestInfo } from "@playwright/test";

/** Which deployment the test runs against: `next start` or the static export behind nginx. */
export function modeOf(testInfo: TestInfo): "server" | "static" {
  return testInfo.project.name === "static" ? "static" : "server";
}
