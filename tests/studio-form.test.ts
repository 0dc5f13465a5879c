import { describe, expect, it } from "vitest";
import { applyPublish, changesFromWire, changesToWire, dateFields, dateFromFields, describeChanges, formChanges, statusOf } from "@/lib/studio/form-model";
import { encadreSnippet, imageSnippet } from "@/lib/studio/snippets";

describe("the studio's form", () => {
  const draft = { title: "Un titre", date: "2027-06-03 10:00:00 +02:00", draft: true, layout: "post" };

  it("sends only the keys the editor changed, never the keys the form does not show", () => {
    expect(formChanges(draft, { ...draft })).toEqual({});
    expect(formChanges(draft, { ...draft, title: "Autre", layout: "autre" })).toEqual({ title: "Autre" });
    // An empty field the file did not have adds nothing.
    expect(formChanges(draft, { ...draft, "sous-titre": "", tags: [] })).toEqual({});
  });

  it("keeps removed keys through JSON", () => {
    const changes = { draft: undefined, date: "2099-06-03 10:00:00 +02:00" };
    expect(changesFromWire(JSON.parse(JSON.stringify(changesToWire(changes))))).toEqual(changes);
    expect("draft" in changesFromWire(changesToWire(changes))).toBe(true);
  });

  it("reads and writes dates and times in Europe/Paris", () => {
    expect(dateFields("2023-05-16 10:28:00 +02:00")).toEqual({ day: "2023-05-16", time: "10:28" });
    expect(dateFields("2023-05-16T08:28:00Z")).toEqual({ day: "2023-05-16", time: "10:28" });
    expect(dateFromFields("2027-01-15", "09:30")).toBe("2027-01-15 09:30:00 +01:00");
    expect(dateFromFields("", "09:30")).toBeUndefined();
  });

  it("says what publishing, scheduling and going back to draft change before doing it", () => {
    const now = new Date("2026-12-07T09:00:00Z");
    const published = applyPublish(draft, "publier", { now });
    expect(published).toEqual({ title: "Un titre", date: "2026-12-07 10:00:00 +01:00", layout: "post" });
    expect(statusOf(published, now.getTime())).toBe("Publié");
    expect(describeChanges(draft, published)).toEqual(["remplace « date: 2027-06-03 10:00:00 +02:00 » par « date: 2026-12-07 10:00:00 +01:00 »", "supprime la ligne « draft: true »"]);
    const scheduled = applyPublish({ ...draft, published: false }, "programmer", { at: "2099-06-03 10:00:00 +02:00" });
    expect(statusOf(scheduled, now.getTime())).toBe("Programmé");
    expect(scheduled).not.toHaveProperty("published");
    expect(describeChanges(published, applyPublish(published, "brouillon"))).toEqual(["ajoute la ligne « draft: true »"]);
  });
});

describe("what the toolbar inserts", () => {
  it("writes the site's components in MDX, Markdown or the HTML the site reads in .md", () => {
    expect(imageSnippet("mdx", { src: "/uploads/a.jpg", alt: 'Un "carnet"', align: "left" })).toBe('\n<Figure src="/uploads/a.jpg" alt="Un &quot;carnet&quot;" align="left" width="40%" />\n');
    expect(imageSnippet("md", { src: "/uploads/a.jpg", alt: "Un [carnet]" })).toBe("\n![Un \\[carnet\\]](/uploads/a.jpg)\n");
    expect(imageSnippet("md", { src: "/uploads/a.jpg", alt: "Carnet", caption: "<b>Légende</b>", align: "right" })).toContain('<figure class="image-right" style="width: 40%"><img src="/uploads/a.jpg" alt="Carnet"><figcaption>&lt;b&gt;Légende&lt;/b&gt;</figcaption></figure>');
    expect(encadreSnippet("mdx", { title: "À retenir", text: "Le texte." })).toBe('\n<Encadre title="À retenir">\n\nLe texte.\n\n</Encadre>\n');
  });
});
