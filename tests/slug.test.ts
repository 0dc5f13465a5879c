import { describe, expect, it } from "vitest";
import { asciiSlug, jekyllSlug } from "@/lib/content/slug";

describe("jekyllSlug (Jekyll's :title, pretty mode)", () => {
  it("keeps the file names of the source site as they are", () => {
    expect(jekyllSlug("etat-et-communs-numeriques-une-cooperation-fructueuse")).toBe(
      "etat-et-communs-numeriques-une-cooperation-fructueuse",
    );
  });
  it("keeps dots and the characters pretty mode allows", () => {
    expect(jekyllSlug("nosdemarches.gouv.fr")).toBe("nosdemarches.gouv.fr");
    expect(jekyllSlug("a_b~c!d$e&f'g(h)i+j,k;l=m@n")).toBe("a_b~c!d$e&f'g(h)i+j,k;l=m@n");
  });
  it("lower-cases and turns runs of other characters into one hyphen", () => {
    expect(jekyllSlug("Communiqué Été  2022")).toBe("communiqué-été-2022");
    expect(jekyllSlug("  espaces / et ? marques  ")).toBe("espaces-et-marques");
  });
});

describe("asciiSlug (tags, categories, heading anchors)", () => {
  it("folds accents and turns apostrophes and spaces into hyphens", () => {
    expect(asciiSlug("Accélérateur d'initiatives citoyennes")).toBe("accelerateur-d-initiatives-citoyennes");
    expect(asciiSlug("Une relation État-communs numériques fructueuse dans les deux sens")).toBe(
      "une-relation-etat-communs-numeriques-fructueuse-dans-les-deux-sens",
    );
  });
  it("gives one slug to spellings that differ by case, accents or punctuation", () => {
    expect(asciiSlug("Open source")).toBe(asciiSlug("open-source"));
    expect(asciiSlug("Données  ouvertes")).toBe(asciiSlug("donnees-ouvertes"));
  });
  it("spells out ligatures", () => {
    expect(asciiSlug("Cœur de l’œuvre")).toBe("coeur-de-l-oeuvre");
  });
});
