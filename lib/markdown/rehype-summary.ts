/**
 * Records what the article page shows about a body besides the body itself (its table of
 * contents and reading time) during the page's own render, so the body is not run through the
 * pipeline a second time for them.
 */
import type { Root } from "hast";
import { textOf } from "./hast";
import { outline, wordCount, type OutlineEntry } from "./outline";

export type BodySummary = { outline: OutlineEntry[]; words: number };

export function emptySummary(): BodySummary {
  return { outline: [], words: 0 };
}

export default function rehypeSummary(options: { into: BodySummary }) {
  return (tree: Root) => {
    options.into.outline = outline(tree);
    options.into.words = wordCount(textOf(tree));
  };
}
