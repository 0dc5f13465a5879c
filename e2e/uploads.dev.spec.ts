import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEV_CONTENT_DIR } from "./support/dev-server";

// An editor drops a file into the content folder's `_uploads/` while `npm run dev` runs: it is
// served at its address at once, and the article that links to it links to it (no longer to the
// old site) with its size, with no restart; removed, it is gone again.

const FILE = path.join(DEV_CONTENT_DIR, "_uploads", "programme-ajoute.pdf");
const BYTES = `%PDF-1.4\n% Programme de la journée\n${"x".repeat(2400)}\n%%EOF\n`;

test.afterEach(() => {
  fs.rmSync(FILE, { force: true });
});

test("a file added to _uploads during npm run dev is served and sized at once, and gone once removed", async ({ page, request }) => {
  expect((await request.get("/uploads/programme-ajoute.pdf")).status()).toBe(404);
  await page.goto("/actualites/programme-a-telecharger/");
  const link = page.getByRole("link", { name: /programme de la journée/ });
  // Not there yet: the site does not serve it, so the link leads to the old site, as any link to a
  // page this site lacks does.
  await expect(link).toHaveAttribute("href", /^https:\/\/[^/]+\/uploads\/programme-ajoute\.pdf$/);

  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, BYTES);
  await expect(async () => {
    const response = await request.get("/uploads/programme-ajoute.pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).equals(Buffer.from(BYTES))).toBe(true);
  }).toPass({ timeout: 15_000 });
  await expect(async () => {
    await page.reload();
    await expect(link).toHaveText("programme de la journée (PDF, 2 Ko)", { timeout: 1_000 });
    await expect(link).toHaveAttribute("href", "/uploads/programme-ajoute.pdf");
  }).toPass({ timeout: 15_000 });

  fs.rmSync(FILE);
  await expect(async () => expect((await request.get("/uploads/programme-ajoute.pdf")).status()).toBe(404)).toPass({ timeout: 15_000 });
});
