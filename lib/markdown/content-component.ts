/**
 * What a content component is: the one declaration from which everything that knows about it
 * derives (the MDX allowlist, the sanitiser's schema, the components map, the content check).
 * A component's file exports its React component and its declaration; registering it is one
 * line in components/content-components.ts.
 *
 * In the pipeline's tree a component is an element whose tag is its name (`Figure`) and whose
 * properties are its checked props: MDX (`<Figure align="left">`) and legacy HTML
 * (`<figure class="image-left">`) both end as that same node, then feeds write it as plain
 * HTML (`toHtml`) and pages render it with `component`.
 */
import type { Element, ElementContent } from "hast";
import type { ComponentType } from "react";
import type { z } from "zod";
import type { UrlUse } from "@/lib/security/url-policy";

/** The attributes an author may write, each a schema of its own (all values are text in MDX). */
export type AttributeShape = Record<string, z.ZodType<unknown, string>>;

export type Attributes<Shape extends AttributeShape> = { [K in keyof Shape]?: z.output<Shape[K]> };

export type ContentComponent<Shape extends AttributeShape = AttributeShape> = {
  /** The name MDX authors write, and the tag of its node in the tree. */
  name: string;
  /** What each attribute must look like; an invalid one is a content-check error. */
  attributes: Shape;
  /** Attributes without which there is nothing to show. */
  required?: readonly (keyof Shape & string)[];
  /** The properties its node carries in the tree: the props its React component receives. */
  properties: readonly string[];
  /** Properties that hold an address, and what for: the URL policy judges them. */
  urls?: Readonly<Record<string, UrlUse>>;
  /** The node for checked attributes and what the author wrote inside. */
  toTree(attributes: Attributes<Shape>, children: ElementContent[]): Element;
  /** Legacy HTML that means this component, as its node; undefined when it does not. */
  fromHtml?(node: Element): Element | undefined;
  /** The node as plain semantic HTML, for feeds and the search text. */
  toHtml(node: Element): Element;
  /** Last touches a page needs once every id is known (which heading names a callout). */
  beforeRender?(node: Element): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component types its own props
  component: ComponentType<any>;
};

/** Keeps the attribute types of a declaration while checking its shape. */
export function defineContentComponent<Shape extends AttributeShape>(declaration: ContentComponent<Shape>): ContentComponent {
  return declaration as unknown as ContentComponent;
}

export function element(tagName: string, properties: Element["properties"], children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties, children };
}

/** Component nodes are the only capitalised tags of the tree (HTML parsers lower-case theirs). */
export function isContentComponent(node: Element): boolean {
  return /^[A-Z]/.test(node.tagName);
}
