/**
 * Synthetic articles shaped like the migrated corpus (same front-matter keys, the same legacy
 * HTML patterns in similar proportions: floated figures glued to text, encadrés, attribute
 * lists, `<br>` runs, links, lists, the odd table or video), for the build benchmark.
 * Deterministic: the same count gives the same files.
 */
import fs from "node:fs";
import path from "node:path";

// The pictures of the tests' fixture site: an organisation replaces content/ and its uploads, never
// the fixtures, and the benchmark must run on any site.
const PICTURES = path.join(process.cwd(), "tests", "fixtures", "site", "_uploads");
const SECTIONS = ["actualites", "actualites", "actualites", "communiques", "publications", "evenements"];
const IMAGES = [
  "/uploads/evt-aic-communs-numeriques-Une.png",
  "/uploads/evt-aic-communs-numeriques-grozier.jpg",
  "/uploads/evt-aic-communs-numeriques-table-ronde.jpg",
  "/uploads/semaine-numerique-1.jpg",
  "/uploads/semaine-numerique-2.jpg",
  "/uploads/rapport-annuel-une.jpg",
];
const WORDS = (
  "état numérique service public agents administration usagers démarches données ouvertes accessibilité " +
  "communs logiciels libres plateforme transformation projet équipe ministère territoire collectivités " +
  "simplification qualité sécurité souveraineté infrastructure cloud identité programme accompagnement " +
  "formation talents innovation expérimentation partenaires citoyens stratégie feuille route bilan"
).split(" ");
const CATEGORIES = ["Article", "Communiqué de presse", "Publication", "Événement"];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return ((s ^= s >>> 16) >>> 0) / 4294967296;
  };
}

export function generateArticles(dir: string, count: number): { files: number; bytes: number } {
  // The images the articles show live with the content (`_uploads/`).
  const uploads = path.join(dir, "_uploads");
  fs.mkdirSync(uploads, { recursive: true });
  for (const image of new Set(IMAGES)) {
    fs.copyFileSync(path.join(PICTURES, path.basename(image)), path.join(uploads, path.basename(image)));
  }
  const r = prng(42);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sentence = () => {
    const s = words(8 + Math.floor(r() * 14));
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(r() * 4) }, sentence).join(" ");
  // A few hundred tags, most articles sharing the common ones, as on a real newsroom.
  const tags = Array.from({ length: Math.max(20, Math.round(count / 20)) }, (_, i) => `${pick(WORDS)} ${pick(WORDS)} ${i}`);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const section = pick(SECTIONS);
    const title = `${sentence().slice(0, 70).replace(/\s+\S*$/, "").replace(/\.$/, "")} ${i}`;
    const slug = `article-${String(i).padStart(6, "0")}-${pick(WORDS).normalize("NFD").replace(/\p{M}/gu, "")}`;
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 10 * 365 * 86_400_000));
    const stamp = date.toISOString().replace("T", " ").slice(0, 19) + " +01:00";
    const articleTags = Array.from({ length: 1 + Math.floor(r() * 4) }, () => tags[Math.floor(Math.pow(r(), 2) * tags.length)]!);
    const body: string[] = [paragraph()];
    const blocks = 4 + Math.floor(r() * 6);
    for (let b = 0; b < blocks; b++) {
      const kind = r();
      if (kind < 0.2) {
        body.push(
          `<figure class="image-${r() < 0.5 ? "left" : "right"}" style="width: 40%;">\n<img src="${pick(IMAGES)}" alt="${words(4)}"><figcaption>${sentence()}</figcaption>\n</figure>${paragraph()}`,
        );
      } else if (kind < 0.3) {
        body.push(`<div class="encadre noir"><h2>${words(5)}</h2>\n<p>${paragraph()} <a href="https://www.example.org/" title="${words(2)} - lien externe">${words(3)}</a></p>\n</div>`);
      } else if (kind < 0.45) {
        body.push(`## ${words(4 + Math.floor(r() * 5))}\n{: .margin-bottom-1}\n${paragraph()}`);
      } else if (kind < 0.55) {
        body.push(`[${words(3)}](https://www.example.org/${i}){:target="_blank"}\n{: .lien-important}`);
      } else if (kind < 0.65) {
        body.push(Array.from({ length: 3 + Math.floor(r() * 4) }, () => `* **${words(2)}** : ${sentence()}`).join("\n"));
      } else if (kind < 0.7) {
        body.push(`| ${words(1)} | ${words(1)} |\n|---|---|\n| ${words(2)} | ${Math.floor(r() * 1000)} |\n| ${words(2)} | ${Math.floor(r() * 1000)} |`);
      } else if (kind < 0.72) {
        body.push(`<iframe frameborder="0" width="480" height="270" src="https://www.dailymotion.com/embed/video/x${Math.floor(r() * 1e6).toString(36)}" allowfullscreen></iframe>`);
      } else {
        body.push(`${paragraph()}<br>\n<br>\n${paragraph()}`);
      }
    }
    const text = `---
title: "${title.replace(/"/g, "'")}"
date: ${stamp}
categories:
- ${pick(CATEGORIES)}
tags:
${[...new Set(articleTags)].map((t) => `- ${t}`).join("\n")}
chapeau-text: "${sentence().slice(0, 250).replace(/"/g, "'")}"
une-ou-diaporama:
- image: "${pick(IMAGES)}"
  alternative-textuelle: "${words(5)}"
---

${body.join("\n\n")}
`;
    const file = path.join(dir, section, `${slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
