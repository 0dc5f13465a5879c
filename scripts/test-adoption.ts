/**
 * The site is theirs: an organisation replaces the demo articles with its own and keeps a working
 * project. Copies the project (its files, as a clone has them, and node_modules as hard links) to
 * a temporary folder, empties content/ and the demo uploads, writes four articles of its own
 * without images into the sections site.config.ts declares, and runs there what could depend on
 * content: the content check, `npm run build` and the smoke suite (e2e/smoke.spec.ts: every page
 * answers, links and images resolve, axe, feeds), and the benchmark at 10 articles (`npm run
 * test:bench`, which npm test runs only here). The other tests never read content/.
 *
 *   npm run test:adoption            (run by npm test)
 *   npm run test:adoption -- --keep  keeps the copy and says where it is
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { siteConfig } from "@/site.config";
import { commandLine } from "./cli";
import { copyProject } from "./project-copy";

const USAGE = "npm run test:adoption -- [--keep]";
const { values } = commandLine(USAGE, { keep: { type: "boolean", default: false } });

const root = path.resolve(import.meta.dirname, "..");
console.log("adoption: copying the project");
const copy = copyProject(root, "chapeau-adoption-");
console.log(`adoption: the copy is ${copy}`);
// Turbopack's compilation cache goes with it, when this checkout has one: it is kept per build
// folder and configuration, not per project path, so the copy's first build compiles in seconds
// rather than from nothing (a clone on a host that keeps .next-test/cache between runs does the same).
const compiled = path.join(root, ".next-test", "cache");
if (fs.existsSync(compiled)) fs.cpSync(compiled, path.join(copy, ".next-test", "cache"), { recursive: true });

// The demo goes: articles, and their uploads wherever this version keeps them.
fs.rmSync(path.join(copy, "content"), { recursive: true, force: true });
fs.rmSync(path.join(copy, "public", "uploads"), { recursive: true, force: true });

const sections = Object.entries(siteConfig.sections);
const first = sections[0]![0];
const press = sections.find(([, s]) => s.kind === "press")?.[0] ?? first;
const events = sections.find(([, s]) => s.kind === "events")?.[0] ?? first;
const firstPath = siteConfig.sections[first]!.path;

const ARTICLES: Record<string, string> = {
  [`${first}/notre-nouveau-site.md`]: `---
title: "Notre nouveau site"
date: 2025-03-03 09:30:00 +01:00
tags:
- Vie de l’équipe
chapeau-text: "Nous publions désormais nos nouvelles ici."
---

Bienvenue sur le site de l’association. Vous y trouverez nos **actualités**, nos communiqués
et nos rendez-vous.

## Ce qui change

Les anciens articles restent en ligne ; les nouveaux paraissent ici chaque semaine.
`,
  [`${first}/bilan-de-l-annee.md`]: `---
title: "Le bilan de l’année"
date: 2025-02-10 14:00:00 +01:00
tags:
- Vie de l’équipe
- Bilan
categories:
- Article
---

Une année chargée, racontée en quelques lignes. Lire aussi [notre nouveau site](/${firstPath}/notre-nouveau-site/).

> Merci à toutes celles et ceux qui ont participé.
`,
  [`${press}/partenariat-avec-la-ville.md`]: `---
title: "Un partenariat avec la ville"
date: 2025-01-20 11:00:00 +01:00
contact-presse:
  name: "Service de presse"
  email: "presse@example.org"
---

L’association et la ville signent une convention de trois ans.
`,
  [`${events}/assemblee-generale.md`]: `---
title: "Assemblée générale"
date: 2025-01-05 10:00:00 +01:00
event_start_date: 2025-04-12 14:00:00 +02:00
event_end_date: 2025-04-12 17:00:00 +02:00
lieu: "Salle des fêtes"
adresse: "1 place de la Mairie, 69000 Lyon"
---

Les membres sont invités à l’assemblée générale annuelle.
`,
};

for (const [file, text] of Object.entries(ARTICLES)) {
  fs.mkdirSync(path.dirname(path.join(copy, "content", file)), { recursive: true });
  fs.writeFileSync(path.join(copy, "content", file), text);
}
console.log(`adoption: content/ now holds ${Object.keys(ARTICLES).join(", ")}`);

let failed = false;
// The benchmark too: it once copied its pictures from content/_uploads, which an organisation
// replaces, and failed on any site but the demo.
for (const script of ["check", "test:smoke", "test:bench"]) {
  console.log(`adoption: npm run ${script}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // The copy is the organisation's project: its own content/, whatever this shell names.
  delete env.CONTENT_DIR;
  const run = spawnSync("npm", ["run", script], { cwd: copy, env, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`✗ adoption: npm run ${script} failed on a site of four articles of its own`);
    failed = true;
    break;
  }
}

if (failed || values.keep) console.log(`adoption: the copy stays in ${copy}`);
else fs.rmSync(copy, { recursive: true, force: true });
if (failed) process.exit(1);
console.log("✓ adoption: a site with its own four articles checks, builds, passes the smoke suite and runs the benchmark");
