/**
 * French typography applied to the text of an article at render time (see
 * lib/text/french-typography.ts). Code, preformatted text, passages in another language (and
 * whole articles in another language, `lang: en`) and link texts that are addresses are left
 * exactly as written; attributes are never touched.
 */
import type { Element, Root } from "hast";
import { SKIP, visitParents } from "unist-util-visit-parents";
import { frenchTypography } from "@/lib/text/french-typography";

const VERBATIM = new Set(["code", "pre", "kbd", "samp", "var", "script", "style", "textarea"]);

export type TypographyOptions = {
  /** Language of the whole text (the article's `lang`); French when not given. */
  lang?: string;
};

function isForeign(lang: unknown): boolean {
  return typeof lang === "string" && lang !== "" && !/^fr\b/i.test(lang);
}

function isVerbatim(node: Element): boolean {
  return VERBATIM.has(node.tagName) || isForeign(node.properties.lang);
}

function looksLikeAddress(text: string): boolean {
  return /^\s*([a-z][a-z0-9+.-]*:|www\.)\S*\s*$/i.test(text);
}

export default function rehypeFrenchTypography(options: TypographyOptions = {}) {
  return (tree: Root) => {
    if (isForeign(options.lang)) return;
    visitParents(tree, (node, ancestors) => {
      if (node.type === "element" && isVerbatim(node)) return SKIP;
      if (node.type !== "text") return;
      const parent = ancestors[ancestors.length - 1];
      if (parent?.type === "element" && parent.tagName === "a" && looksLikeAddress(node.value)) return;
      node.value = frenchTypography(node.value);
    });
  };
}
