/**
 * A new article's file, as `npm run new` writes it: a slug that folds accents, the current date
 * and time in the site's time zone, every common key present and empty, and `draft: true`, so
 * nothing is published before the editor says so.
 */
import { stringify } from "yaml";
import { frontMatterDate } from "./dates";
import { sectionForFolder, sectionKind } from "./sections";
import { asciiSlug } from "./slug";
import type { SectionConfig } from "../../site.config";

export type ScaffoldInput = { title: string; section: string; mdx: boolean; now: Date };

export type Scaffold = {
  /** File name inside the section folder. */
  fileName: string;
  slug: string;
  /** The page's path on the site. */
  url: string;
  text: string;
};

// Long titles make long addresses: the slug stops at a word before this length.
const MAX_SLUG = 80;

export function scaffoldSlug(title: string): string {
  const slug = asciiSlug(title);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : MAX_SLUG);
}

// Written as the source site writes dates (the studio writes them too): see lib/content/dates.ts.
export { frontMatterDate } from "./dates";

const yamlText = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

// Keys only some kinds of section use (site.config.ts says which section is which).
const KIND_KEYS: Record<NonNullable<SectionConfig["kind"]>, string> = {
  press: `# Le contact presse, par exemple :
#   name: Service de presse
#   tel:
#   - 01 23 45 67 89
#   email: presse@example.gouv.fr
contact-presse:
`,
  events: `# Début et fin de l’événement (2027-06-03 10:00:00 +02:00), lieu et adresse.
event_start_date: ""
event_end_date: ""
lieu: ""
adresse: ""
`,
};

function kindKeys(section: string): string {
  const kind = sectionKind(section);
  return kind ? KIND_KEYS[kind] : "";
}

export function scaffoldArticle({ title, section, mdx, now }: ScaffoldInput): Scaffold {
  const slug = scaffoldSlug(title);
  const fileName = `${slug}.${mdx ? "mdx" : "md"}`;
  const text = `---
title: ${yamlText(title.trim())}
date: ${frontMatterDate(now)}
# Un brouillon ne paraît que dans l’aperçu. Pour publier, supprimez cette ligne.
# Une date future programme l’article : il paraît avec le premier déploiement qui suit.
draft: true
sous-titre: ""
auteur: ""
# Le chapeau : deux ou trois phrases, 300 caractères au plus. Markdown accepté.
chapeau-text: ""
categories: []
tags: []
# L’image d’en-tête (plusieurs images font un diaporama), par exemple :
# - image: /uploads/mon-image.jpg
#   alternative-textuelle: Ce que montre l’image
#   legende: La légende
une-ou-diaporama: []
# Les documents à télécharger, par exemple :
# - file: /uploads/mon-document.pdf
#   nom: Le rapport complet
files: []
${kindKeys(section)}---

Le texte de l’article commence ici. Séparez les paragraphes par une ligne vide ; écrivez les intertitres avec « ## ».
`;
  return { fileName, slug, url: `/${sectionForFolder(section).path}/${slug}/`, text };
}
