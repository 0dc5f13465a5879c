import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolationInDev } from "./support/axe";
import { DEV_CONTENT_DIR, DEV_PORT } from "./support/dev-server";

// What the old site kept survives in `npm run dev`: drafts without a date or a title, files the
// importer could not read, and the live preview wherever the editor opens the site (the server
// is started as `npm run dev` starts it, without -H: 127.0.0.1 is not the host Next knows).

test("/brouillons/ lists a draft without a date or title under its file name, and the files to repair with their error", async ({ page }) => {
  await page.goto("/brouillons/");
  const drafts = page.getByRole("region", { name: /^Brouillons/ });
  const note = drafts.getByRole("listitem").filter({ has: page.getByRole("link", { name: "une-note-sans-date.md" }) });
  await expect(note).toContainText("À compléter avant publication : sans titre (nom du fichier), sans date");
  await expect(note).toContainText("actualites/une-note-sans-date.md");

  const toRepair = page.getByRole("region", { name: /^À réparer/ });
  await expect(toRepair.getByRole("heading", { level: 2 })).toHaveText("À réparer (1)");
  await expect(toRepair).toContainText("_a-reparer/actualites/un-fichier-a-reparer.md");
  await expect(toRepair).toContainText(/ligne 3, colonne \d+\u00a0: à réparer : front matter is not valid YAML: Missing closing "quote/);

  await expectNoAxeViolationInDev(page);

  // The draft opens under its working title, marked as a draft, with no date shown.
  await note.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("une-note-sans-date.md");
  await expect(page.locator(".unpublished-banner")).toContainText("Brouillon");
  await expect(page.getByText(/^Publié le/)).toHaveCount(0);
});

/** The machine's first network address (what `next dev` prints as « Network »), if it has one. */
function networkAddress(): string | undefined {
  for (const addresses of Object.values(os.networkInterfaces())) {
    const found = addresses?.find((a) => a.family === "IPv4" && !a.internal);
    if (found) return found.address;
  }
  return undefined;
}

const ARTICLE = path.join(DEV_CONTENT_DIR, "actualites", "relu-a-distance.md");

/** Opens the article at `origin`, waits until it listens for changes, saves an edit and sees it in place. */
async function seesLiveRefresh(page: Page, origin: string, edit: string) {
  const original = fs.readFileSync(ARTICLE, "utf8");
  try {
    const listening = page.waitForResponse((r) => r.url().includes("/chapeau-dev/events/"), { timeout: 60_000 });
    await page.goto(`${origin}/actualites/relu-a-distance/`);
    await listening;
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    fs.writeFileSync(ARTICLE, original.replace("Le paragraphe que la rédaction corrige.", edit));
    // Generous: the dev server compiles on first use, on a machine other test servers share.
    await expect(page.getByText(edit)).toBeVisible({ timeout: 30_000 });
    // Refreshed in place, not reloaded.
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  } finally {
    fs.writeFileSync(ARTICLE, original);
  }
}

test.describe("the live preview, wherever the editor opens the site", () => {
  test.describe.configure({ mode: "serial" });

  test("at http://127.0.0.1", async ({ page }) => {
    await seesLiveRefresh(page, `http://127.0.0.1:${DEV_PORT}`, "Corrigé depuis 127.0.0.1.");
  });

  test("at http://localhost", async ({ page }) => {
    await seesLiveRefresh(page, `http://localhost:${DEV_PORT}`, "Corrigé depuis localhost.");
  });

  test("at the machine's network address", async ({ page }) => {
    const address = networkAddress();
    test.skip(!address, "this machine has no network address");
    await seesLiveRefresh(page, `http://${address}:${DEV_PORT}`, "Corrigé depuis le réseau.");
  });
});
