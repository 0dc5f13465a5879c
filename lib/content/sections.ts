import type { Section } from "./types";
import { siteConfig } from "../../site.config";

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
