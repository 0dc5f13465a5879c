import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolationInDev } from "./support/axe";
import { DEV_CONTENT_DIR } from "./support/dev-server";

// The studio (/studio/) under `npm run dev`: editors write, illustrate, check and schedule
// articles in the browser; the files in the content folder are what it changes.

// An image of the tests' own fixture site, dropped as an editor would.
const IMAGE = path.resolve(__dirname, "..", "tests", "fixtures", "site", "_uploads", "composants-figure.jpg");
const onDisk = (relative: string) => fs.readFileSync(path.join(DEV_CONTENT_DIR, relative), "utf8");


const textEditor = (page: Page) => page.getByRole("textbox", { name: "Texte de l’article" });
const preview = (page: Page) => page.getByRole("region", { name: "Aperçu" });
const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /Enregistr|Pas enregistré/ });

/** A save compiles its route the first time `next dev` sees it: a loaded machine needs more than 5 s. */
const expectSaved = (page: Page) => expect(saveStatus(page)).toHaveText("Enregistré", { timeout: 30_000 });

/** « Nouvel article » from the list: the file is created and opened in the editor. */
async function createArticle(page: Page, title: string, section = "Actualités") {
  await page.goto("/studio/");
  const form = page.getByRole("region", { name: "Nouvel article" });
  await form.getByLabel("Titre").fill(title);
  await form.getByLabel("Rubrique").selectOption({ label: section });
  await form.getByRole("button", { name: "Créer l’article" }).click();
  // The first opening compiles the editor's page in `next dev`.
  await expect(page).toHaveURL(/\/studio\/modifier\/\?fichier=/, { timeout: 60_000 });
  await expect(textEditor(page)).toBeVisible({ timeout: 30_000 });
  return decodeURIComponent(new URL(page.url()).searchParams.get("fichier")!);
}

test("the list shows every article with its status and findings, filtered and searched", async ({ page }) => {
  await page.goto("/studio/");
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Un brouillon en cours d’écriture" })).toContainText("Brouillon");
  await expect(rows.filter({ hasText: "Un rendez-vous annoncé à l’avance" })).toContainText("Programmé");
  await expect(rows.filter({ hasText: "Un article relu en direct" })).toContainText("Publié");
  await expect(rows.filter({ hasText: "un-fichier-a-reparer.md" })).toContainText("À réparer");
  await page.getByLabel("Statut").selectOption("Brouillon");
  await expect(rows.filter({ hasText: "Publié" })).toHaveCount(0);
  await page.getByLabel("Statut").selectOption("");
  await page.getByLabel("Rechercher un titre").fill("rendez vous");
  await expect(page.getByRole("link", { name: "Un rendez-vous annoncé à l’avance" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Un brouillon en cours d’écriture" })).toHaveCount(0);
  await page.getByLabel("Rechercher un titre").fill("");
  await expectNoAxeViolationInDev(page);
});

test("create an article, fill the form, insert an uploaded image with its alt text, see it in « Aperçu », save, read the file", async ({ page }) => {
  const file = await createArticle(page, "Un article écrit dans le studio");
  expect(file).toBe("actualites/un-article-ecrit-dans-le-studio.md");
  await page.getByLabel("Chapeau").fill("Un chapeau écrit dans le formulaire.");
  await page.getByLabel("Ajouter : mots-clés").fill("Studio");
  await page.getByLabel("Ajouter : mots-clés").press("Enter");
  await textEditor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\n## Une partie écrite au clavier\n\nUn paragraphe.\n");
  await page.getByRole("toolbar", { name: "Insérer" }).getByRole("button", { name: "Image…" }).click();
  const dialog = page.getByRole("dialog", { name: "Insérer une image" });
  await dialog.getByLabel("Fichier image").setInputFiles(IMAGE);
  await dialog.getByLabel("Texte alternatif (obligatoire)").fill("Un carnet ouvert sur une table");
  await dialog.getByLabel("À droite, le texte à côté").check();
  await dialog.getByRole("button", { name: "Insérer" }).click();
  // The upload route compiles on its first use in `next dev`.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  // The page as readers will see it, before anything is saved.
  await expect(preview(page).getByRole("heading", { level: 1 })).toHaveText("Un article écrit dans le studio", { timeout: 20_000 });
  await expect(preview(page).getByRole("heading", { name: "Une partie écrite au clavier" })).toBeVisible({ timeout: 20_000 });
  await expect(preview(page).getByRole("img", { name: "Un carnet ouvert sur une table" })).toBeVisible({ timeout: 20_000 });
  await expect(preview(page)).toContainText("Un chapeau écrit dans le formulaire.");
  expect(onDisk(file)).not.toContain("Une partie écrite au clavier");

  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expectSaved(page);
  const text = onDisk(file);
  expect(text).toContain('chapeau-text: "Un chapeau écrit dans le formulaire."');
  expect(text).toMatch(/tags:\n {2}- Studio\n|tags: \[ ?Studio ?\]|tags:\n- Studio\n/);
  expect(text).toContain("## Une partie écrite au clavier");
  expect(text).toMatch(/<figure class="image-right" style="width: 40%"><img src="\/uploads\/composants-figure\.jpg" alt="Un carnet ouvert sur une table"><\/figure>/);
  expect(fs.existsSync(path.join(DEV_CONTENT_DIR, "_uploads", "composants-figure.jpg"))).toBe(true);
  // The comments of the new file's front matter are still there: only changed keys were written.
  expect(text).toContain("# Le chapeau : deux ou trois phrases, 300 caractères au plus. Markdown accepté.");
});

test("findings appear as the editor types, and choosing one puts the cursor on its line", async ({ page }) => {
  await createArticle(page, "Un article avec une image sans texte");
  await textEditor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nPremière ligne.\n\n![](/uploads/composants-une.jpg)\n");
  const finding = page.getByRole("button", { name: /Ligne \d+ du texte — avertissement : the image \/uploads\/composants-une\.jpg has no alternative text/ });
  await expect(finding).toBeVisible({ timeout: 20_000 });
  await finding.click();
  await expect(textEditor(page)).toBeFocused();
  await page.keyboard.type("X");
  await expect(page.locator(".cm-line").filter({ hasText: /^X!\[\]/ })).toHaveCount(1);
});

test("a file changed on disk since it was opened is never overwritten silently", async ({ page }) => {
  const file = await createArticle(page, "Un article modifié ailleurs");
  fs.appendFileSync(path.join(DEV_CONTENT_DIR, file), "\nUne ligne venue d’un git pull.\n");
  await textEditor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nMa ligne à moi.\n");
  await page.keyboard.press("Control+s");
  const dialog = page.getByRole("dialog", { name: "Le fichier a changé sur le disque" });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(saveStatus(page)).toContainText("Pas enregistré");
  expect(onDisk(file)).not.toContain("Ma ligne à moi.");
  await dialog.getByRole("button", { name: /Garder ma version/ }).click();
  await expectSaved(page);
  expect(onDisk(file)).toContain("Ma ligne à moi.");
  expect(onDisk(file)).not.toContain("git pull");

  // The other way: reload what is on disk.
  fs.appendFileSync(path.join(DEV_CONTENT_DIR, file), "\nUne autre ligne venue d’ailleurs.\n");
  await textEditor(page).click();
  await page.keyboard.type("Encore moi. ");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /Recharger le fichier/ }).click();
  await expect(page.locator(".cm-content")).toContainText("Une autre ligne venue d’ailleurs.");
  expect(onDisk(file)).not.toContain("Encore moi.");
});

test("publish now and schedule show what they change, then do it", async ({ page }) => {
  const file = await createArticle(page, "Un article à publier");
  expect(onDisk(file)).toMatch(/^draft: true$/m);
  await page.getByRole("button", { name: "Programmer" }).click();
  let dialog = page.getByRole("dialog", { name: "Programmer la publication" });
  await dialog.getByLabel("Jour").fill("2099-06-03");
  await dialog.getByLabel("Heure").fill("10:00");
  await expect(dialog.getByRole("listitem")).toContainText([/remplace « date: .* » par « date: 2099-06-03 10:00:00 \+02:00 »/, "supprime la ligne « draft: true »"]);
  await dialog.getByRole("button", { name: "Confirmer et enregistrer" }).click();
  await expectSaved(page);
  expect(onDisk(file)).toMatch(/^date: 2099-06-03 10:00:00 \+02:00$/m);
  expect(onDisk(file)).not.toMatch(/^draft:/m);
  await expect(page.getByText("Statut : Programmé")).toBeVisible();

  await page.getByRole("button", { name: "Repasser en brouillon" }).click();
  dialog = page.getByRole("dialog", { name: "Repasser en brouillon" });
  await expect(dialog.getByRole("listitem")).toHaveText(["ajoute la ligne « draft: true »"]);
  await dialog.getByRole("button", { name: "Confirmer et enregistrer" }).click();
  await expectSaved(page);
  expect(onDisk(file)).toMatch(/^draft: true$/m);

  await page.getByRole("button", { name: "Publier maintenant" }).click();
  dialog = page.getByRole("dialog", { name: "Publier maintenant" });
  await expect(dialog.getByRole("listitem").first()).toHaveText(/remplace « date: 2099-06-03 10:00:00 \+02:00 » par « date: 20\d\d-/);
  await dialog.getByRole("button", { name: "Confirmer et enregistrer" }).click();
  await expectSaved(page);
  await expect(page.getByText("Statut : Publié")).toBeVisible();
  expect(onDisk(file)).not.toMatch(/^draft:/m);
});

test("text not saved survives a reload of the tab", async ({ page }) => {
  const file = await createArticle(page, "Un article pas encore enregistré");
  await textEditor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nUne phrase pas encore enregistrée.");
  await expect(page.getByText("modifications non enregistrées")).toBeVisible();
  await page.reload();
  await expect(page.locator(".cm-content")).toContainText("Une phrase pas encore enregistrée.");
  await expect(page.getByRole("status").filter({ hasText: "retrouvées" })).toBeVisible();
  expect(onDisk(file)).not.toContain("Une phrase pas encore enregistrée.");
});

test("the whole path works with the keyboard alone, and the editor has no axe violation", async ({ page }) => {
  await page.goto("/studio/");
  await page.getByRole("region", { name: "Nouvel article" }).getByLabel("Titre").focus();
  await page.keyboard.type("Un article écrit sans souris");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/fichier=actualites%2Fun-article-ecrit-sans-souris\.md/);
  await expect(textEditor(page)).toBeVisible();
  // Tab through the form to the text: the editor is reachable and Tab does not get stuck in it.
  await page.getByLabel("Titre", { exact: true }).focus();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await textEditor(page).evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nÉcrit au clavier.");
  await page.keyboard.press("Tab");
  await expect(textEditor(page)).not.toBeFocused();
  await page.keyboard.press("Control+s");
  await expectSaved(page);
  expect(onDisk("actualites/un-article-ecrit-sans-souris.md")).toContain("Écrit au clavier.");
  await expectNoAxeViolationInDev(page);
});

test("the studio's routes answer no page of another origin, and no request without the session token", async ({ request }) => {
  const other = await request.post("/studio/api/list/", { headers: { Origin: "http://attacker.example" } });
  expect(other.status()).toBe(403);
  const sameOriginNoToken = await request.post("/studio/api/save/", {
    headers: { Origin: new URL("/", test.info().project.use.baseURL).origin },
    data: { path: "actualites/article-en-direct.md", version: "x", changes: { title: "Piraté" }, body: "" },
  });
  expect(sameOriginNoToken.status()).toBe(403);
  expect(onDisk("actualites/article-en-direct.md")).not.toContain("Piraté");
});

test("a draft's banner leads to its editor in the studio", async ({ page }) => {
  await page.goto("/actualites/un-brouillon/");
  await page.getByRole("link", { name: "Modifier dans le studio" }).click();
  await expect(page).toHaveURL(/\/studio\/modifier\/\?fichier=actualites%2Fun-brouillon\.md/, { timeout: 60_000 });
  await expect(page.getByLabel("Titre", { exact: true })).toHaveValue("Un brouillon en cours d’écriture");
});
