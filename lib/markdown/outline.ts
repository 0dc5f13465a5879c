/** What a reader learns about an article's body before reading it: its sections and its length. */
import type { Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { isContentComponent } from "./content-component";
import { hasClass, textOf } from "./hast";

export type OutlineEntry = { id: string; text: string; level: 2 | 3 };

/** The h2 and h3 of the body, in order; callouts, figures and hidden headings are not sections. */
export function outline(tree: Root): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  visit(tree, "element", (node) => {
    if (node.tagName === "aside" || node.tagName === "figure" || isContentComponent(node)) return SKIP;
    if ((node.tagName !== "h2" && node.tagName !== "h3") || typeof node.properties.id !== "string" || hasClass(node, "sr-only")) return;
    const text = textOf(node).replace(/\s+/g, " ").trim();
    if (text) entries.push({ id: node.properties.id, text, level: node.tagName === "h2" ? 2 : 3 });
    return SKIP;
  });
  return entries;
}

/** A table of contents helps from three sections on. */
export const TOC_MIN_ENTRIES = 3;

// A common figure for reading French on screen.
const WORDS_PER_MINUTE = 200;

export function wordCount(...texts: string[]): number {
  return texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/** Minutes to read, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
