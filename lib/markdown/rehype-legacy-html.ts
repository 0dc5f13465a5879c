/**
 * Gives the source site's HTML vocabulary its meaning on this site, in plain semantic hast that
 * feeds and pages share: figures with an alignment and width, "encadré" callouts, pull quotes,
 * embeds, and the few classes that carry meaning. Presentation (inline styles, spacing classes,
 * `<br>` runs used for spacing) is dropped here or by the sanitiser that follows.
 */
import type { Element, ElementContent, Parents, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { CONTENT_COMPONENTS } from "@/components/content-components";
import { isContentComponent } from "./content-component";
import { embedFromIframe, embedFromPlayerDiv, embedFromTweet, unlistedEmbed } from "./embeds";
import type { TreeFinding } from "./findings";
import { classesOf, hasClass, isBlankText, isElement, setClasses, styleValue, textOf } from "./hast";
import { kramdownToc } from "./kramdown-toc";

/** Classes of the source site that keep a meaning here (styled in app/content.css). */
export const MEANINGFUL_CLASSES = [
  "lien-important",
  "citation",
  "auteur-citation",
  "exergue",
  "text-center",
  "credit",
  "button",
  "bleue",
] as const;

export type LegacyHtmlOptions = {
  /** Keep links with no text (the content check reports them; readers never get them). */
  keepEmptyLinks?: boolean;
  /** Where the content check collects what could not be shown as written (embeds from unlisted hosts). */
  findings?: TreeFinding[];
};

export default function rehypeLegacyHtml(options: LegacyHtmlOptions = {}) {
  return (tree: Root) => {
    kramdownToc(tree);
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;

      const replacement = embedFromIframe(node) ?? embedFromPlayerDiv(node) ?? embedFromTweet(node);
      // Players (from the old HTML or MDX's <Embed>) outside the configured hosts: a link instead.
      const unlisted = unlistedEmbed(replacement ?? node);
      if (unlisted) {
        const start = node.position?.start;
        options.findings?.push({ line: start?.line ?? 1, column: start?.column ?? 1, severity: "warning", message: unlisted.message });
        parent.children[index] = unlisted.link;
        return SKIP;
      }
      if (replacement) {
        parent.children[index] = replacement;
        return SKIP;
      }
      if (isContentComponent(node)) return;

      if (node.tagName === "center") {
        node.tagName = "div";
        setClasses(node, [...classesOf(node), "text-center"]);
      }
      if (node.tagName === "font") node.tagName = "span";
      const align = String(node.properties.align ?? styleValue(node, "text-align") ?? "").toLowerCase();
      if (align === "center" && !isElement(node, "img", "table", "td", "th", "tr")) {
        setClasses(node, [...classesOf(node), "text-center"]);
      }
      if (node.tagName === "h1") node.tagName = "h2"; // the article title is the page's only h1

      // A figure or a callout of the old HTML becomes the site's component (its declaration
      // knows the old vocabulary); its content is read on like the rest.
      const component = componentFromHtml(node);
      if (component) {
        parent.children[index] = component;
        return;
      }
      // An image described only in `title` (the old site's habit) keeps that description as its alt text.
      if (node.tagName === "img" && node.properties.alt === undefined && typeof node.properties.title === "string") {
        node.properties.alt = node.properties.title.trim();
      }
      if (node.tagName === "a" && typeof node.properties.alt === "string") linkAlt(node);
      if (node.tagName === "a" && typeof node.properties.href !== "string") {
        namedAnchor(node, parent);
        return;
      }
      if (isElement(node, "blockquote") && hasClass(node, "lien-important")) {
        // A one-line blockquote with this class was a call to action, not a quotation.
        node.tagName = "div";
      }
    });
    orphanListItems(tree);
    pullQuotes(tree);
    // Empty links first: a paragraph left empty by them goes with the spacing breaks.
    if (!options.keepEmptyLinks) emptyLinks(tree);
    breakRuns(tree);
  };
}

function componentFromHtml(node: Element): Element | undefined {
  for (const component of CONTENT_COMPONENTS) {
    const found = component.fromHtml?.(node);
    if (found) return found;
  }
  return undefined;
}

/**
 * `<a id="missions"></a>`, an in-page target of the old HTML, is no link: its id goes to the
 * element it sits in (the heading, usually) when that has none, else it becomes a plain span.
 */
function namedAnchor(node: Element, parent: Parents) {
  const id = node.properties.id ?? node.properties.name;
  delete node.properties.name;
  node.tagName = "span";
  if (typeof id !== "string" || !id.trim()) return;
  node.properties.id = id.trim();
  if (!node.children.length && parent.type === "element" && parent.properties.id === undefined) {
    parent.properties.id = id.trim();
    delete node.properties.id;
  }
}

/** `<li>` written without their `<ul>`: a run of them becomes a list, as browsers showed them. */
function orphanListItems(tree: Root) {
  visit(tree, (node) => {
    if (!("children" in node) || (node.type === "element" && ["ul", "ol", "menu"].includes(node.tagName))) return;
    const parent = node as Parents;
    for (let i = 0; i < parent.children.length; i++) {
      if (!isElement(parent.children[i] as ElementContent, "li")) continue;
      let end = i;
      for (let j = i; j < parent.children.length; j++) {
        const child = parent.children[j] as ElementContent;
        if (isElement(child, "li")) end = j;
        else if (!isBlankText(child)) break;
      }
      const items = parent.children.slice(i, end + 1) as ElementContent[];
      parent.children.splice(i, end - i + 1, { type: "element", tagName: "ul", properties: {}, children: items });
    }
  });
}

/**
 * `<a alt="…">`: the old site's editors put the link's description in `alt`, which means nothing
 * on a link. When the link shows only an image without alt text, that description is the
 * image's alt text, so the link has a name; otherwise it is dropped (the text names the link).
 */
function linkAlt(node: Element) {
  const description = String(node.properties.alt).trim();
  delete node.properties.alt;
  if (!description || textOf(node).trim()) return;
  const images: Element[] = [];
  const collect = (n: Element) => n.children.forEach((c) => isElement(c) && (c.tagName === "img" ? images.push(c) : collect(c)));
  collect(node);
  const unnamed = images.find((img) => !String(img.properties.alt ?? "").trim());
  if (unnamed && images.every((img) => !String(img.properties.alt ?? "").trim())) unnamed.properties.alt = description.replace(/\s+-\s+lien externe$/i, "");
}

/**
 * A link left with nothing to read (its text was only an attribute list, `[{: width="200"}](…)`)
 * would be an unnamed link. Right after an image it takes the image in, as the editor meant;
 * anywhere else it goes, its neighbours stay.
 */
function emptyLinks(tree: Root) {
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined || node.tagName !== "a" || typeof node.properties.href !== "string") return;
    if (textOf(node).trim() || hasContent(node)) return;
    let previous = index - 1;
    while (previous >= 0 && isBlankText(parent.children[previous] as ElementContent)) previous--;
    const image = parent.children[previous] as ElementContent | undefined;
    if (isElement(image, "img") && !isElement(parent as Element, "a")) {
      node.children = [image];
      parent.children.splice(previous, index - previous);
      return [SKIP, previous + 1];
    }
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
}

/** True when an element holds something a reader perceives besides text: an image with alt text. */
function hasContent(node: Element): boolean {
  return node.children.some((c) => isElement(c, "img", "svg", "picture") || (isElement(c) && hasContent(c)));
}

/**
 * `> quote {: .citation}` followed by `> author {: .auteur-citation}` is one pull quote:
 * a figure holding the quotation and its attribution.
 */
function pullQuotes(tree: Root) {
  visit(tree, (node) => {
    if (!("children" in node)) return;
    const parent = node as Parents;
    for (let i = 0; i < parent.children.length; i++) {
      const quote = parent.children[i] as ElementContent;
      if (!isElement(quote) || !hasClass(quote, "citation")) continue;
      let j = i + 1;
      while (isBlankText(parent.children[j] as ElementContent)) j++;
      const author = parent.children[j] as ElementContent | undefined;
      const hasAuthor = isElement(author) && hasClass(author, "auteur-citation");
      const quoteBody: Element = isElement(quote, "blockquote")
        ? { ...quote, properties: {} }
        : { type: "element", tagName: "blockquote", properties: {}, children: [quote] };
      setClasses(quote, classesOf(quote).filter((c) => c !== "citation"));
      const children: ElementContent[] = [quoteBody];
      if (hasAuthor) {
        const caption = isElement(author, "blockquote", "div") ? author.children : [author];
        children.push({ type: "element", tagName: "figcaption", properties: {}, children: caption });
      }
      const figureNode: Element = { type: "element", tagName: "figure", properties: { className: ["citation"] }, children };
      parent.children.splice(i, hasAuthor ? j - i + 1 : 1, figureNode);
    }
  });
}

/**
 * `<br>` was the source site's spacing tool. Between blocks and at the edges of a paragraph it
 * is dropped (spacing is the stylesheet's job); two or more in a paragraph start a new paragraph.
 */
function breakRuns(tree: Root) {
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.tagName === "p") {
      const parts = splitOnBreakRuns(node.children);
      const paragraphs = parts
        .map((children) => trimBreaks(children))
        .filter((children) => children.some((c) => !isBlankText(c) && !isElement(c, "br")))
        .map((children): Element => ({ type: "element", tagName: "p", properties: { ...node.properties }, children }));
      parent.children.splice(index, 1, ...paragraphs);
      return [SKIP, index + paragraphs.length];
    }
    if (node.tagName === "br" && isSpacingBreak(parent, index)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
}

const PHRASING_NEIGHBOURS = new Set(["a", "b", "strong", "em", "i", "u", "span", "code", "img", "sup", "sub", "abbr", "small", "mark", "s", "del", "ins", "q", "cite"]);

/** A `<br>` with no text or inline element on either side only made vertical space. */
function isSpacingBreak(parent: Parents, index: number): boolean {
  const inline = (step: -1 | 1) => {
    for (let i = index + step; i >= 0 && i < parent.children.length; i += step) {
      const node = parent.children[i] as ElementContent;
      if (node.type === "text") {
        if (node.value.trim()) return true;
      } else if (node.type === "element") {
        if (node.tagName !== "br") return PHRASING_NEIGHBOURS.has(node.tagName);
      } else return false;
    }
    return false;
  };
  return !inline(-1) && !inline(1);
}

function splitOnBreakRuns(children: ElementContent[]): ElementContent[][] {
  const parts: ElementContent[][] = [[]];
  let run: ElementContent[] = [];
  const flush = () => {
    const breaks = run.filter((c) => isElement(c, "br")).length;
    if (breaks >= 2) parts.push([]);
    else parts[parts.length - 1]!.push(...run);
    run = [];
  };
  for (const child of children) {
    if (isElement(child, "br") || (run.length && isBlankText(child))) run.push(child);
    else {
      flush();
      parts[parts.length - 1]!.push(child);
    }
  }
  flush();
  return parts;
}

function trimBreaks(children: ElementContent[]): ElementContent[] {
  let start = 0;
  let end = children.length;
  while (start < end && (isElement(children[start], "br") || isBlankText(children[start]))) start++;
  while (end > start && (isElement(children[end - 1], "br") || isBlankText(children[end - 1]))) end--;
  const out = children.slice(start, end);
  const first = out[0];
  if (first?.type === "text") out[0] = { ...first, value: first.value.replace(/^\s+/, "") };
  return out;
}

