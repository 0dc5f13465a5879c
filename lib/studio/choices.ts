/** What the studio's forms offer to choose from: the site's sections, tags and categories. */
import fs from "node:fs";
import { contentDir, loadContent } from "@/lib/content/load";
import { isSectionFolder, sectionForFolder, sectionKind } from "@/lib/content/sections";
import { siteConfig } from "@/site.config";

export type SectionChoice = { folder: string; label: string; events: boolean };

/** The sections of the site config, then any other section folder of the content folder. */
export function sectionChoices(): SectionChoice[] {
  const dir = contentDir();
  const folders = new Set(Object.keys(siteConfig.sections));
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && isSectionFolder(entry.name)) folders.add(entry.name);
  }
  return [...folders].map((folder) => ({ folder, label: sectionForFolder(folder).label, events: sectionKind(folder) === "events" }));
}

/** Every tag and category label used by an article (drafts included), for completion. */
export function termChoices(): { tags: string[]; categories: string[] } {
  const tags = new Set<string>();
  const categories = new Set<string>();
  for (const article of loadContent().articles) {
    for (const t of article.tags) tags.add(t.label);
    for (const c of article.categories) categories.add(c.label);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, "fr"));
  return { tags: sorted(tags), categories: sorted(categories) };
}
