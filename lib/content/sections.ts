import type { Section } from "./types";
import { siteConfig, type SectionConfig } from "../../site.config";

/** The section a content folder publishes to: from the site config, else the folder's own name. */
export function sectionForFolder(folder: string): Section {
  const configured = siteConfig.sections[folder];
  if (configured) return { folder, path: configured.path, label: configured.label };
  const label = folder.replace(/[-_]+/g, " ").replace(/^\p{L}/u, (c) => c.toUpperCase());
  return { folder, path: folder, label };
}

/** Folders starting with `_` hold drafts, data or includes: never a section. */
export function isSectionFolder(folder: string): boolean {
  return !folder.startsWith("_") && !folder.startsWith(".");
}

/** Where an article goes when nothing says otherwise: the first section of the site config. */
export function defaultSectionFolder(): string {
  const [first] = Object.keys(siteConfig.sections);
  if (!first) throw new Error("site.config.ts lists no section: add at least one under `sections`");
  return first;
}

/** What the site config says a section's articles are (press releases, events), if anything. */
export function sectionKind(folder: string): SectionConfig["kind"] {
  return siteConfig.sections[folder]?.kind;
}
