/**
 * An MDX article as plain semantic hast, for feeds, the table of contents and reading time:
 * the site's components are written back in the legacy HTML vocabulary the shared rehype steps
 * already understand (`<Figure align="left">` -> `figure.image-left`, `<Encadre>` ->
 * `div.encadre`, `<Embed>` -> `iframe`), so they come out exactly as the same content written
 * in Markdown would. Nothing is evaluated: JavaScript expressions
 * are dropped, as the page renderer refuses them.
 */
import type { Element, ElementContent, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Handler, State } from "mdast-util-to-hast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypePlugins, remarkPlugins, remarkRehypeOptions, type PipelineOptions } from "./pipeline";
import { sanitizeSchema } from "./sanitize-schema";

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

/** String attributes only: an expression value (`{…}`) is not content. */
function attributesOf(node: JsxNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxAttribute" && typeof attribute.value === "string") out[attribute.name] = attribute.value;
  }
  return out;
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: "text", value };
}

function figure(a: Record<string, string>, children: ElementContent[]): Element {
  const width = /^(\d+(?:\.\d+)?)\s*%?$/.exec(a.width ?? "");
  const content: ElementContent[] = [];
  if (a.src) content.push(element("img", { src: a.src, alt: a.alt ?? "" }, []));
  content.push(...children);
  if (a.caption) content.push(element("figcaption", {}, [text(a.caption)]));
  const align = a.align === "left" || a.align === "right" ? [`image-${a.align}`] : [];
  return element("figure", { className: align, ...(width ? { style: `width: ${width[1]}%` } : {}) }, content);
}

function encadre(a: Record<string, string>, children: ElementContent[]): Element {
  const level = ["2", "3", "4"].includes(a.level ?? "") ? a.level : "3";
  const heading = a.title ? [element(`h${level}`, {}, [text(a.title)])] : [];
  return element("div", { className: ["encadre", a.variant ?? "default"] }, [...heading, ...children]);
}

function embed(a: Record<string, string>): Element | undefined {
  return a.src ? element("iframe", { src: a.src, ...(a.title ? { title: a.title } : {}) }, []) : undefined;
}

const jsx: Handler = (state: State, node: JsxNode) => {
  const children = state.all(node) as ElementContent[];
  const a = attributesOf(node);
  switch (node.name) {
    case "Figure":
      return figure(a, children);
    case "Encadre":
      return encadre(a, children);
    case "Embed":
      return embed(a);
    case null:
    case undefined:
      return children; // a fragment
    default:
      // remarkMdxAllowlist has already removed every name that is not a content element.
      return element(node.name, a, children);
  }
};

const dropped: Handler = () => undefined;

export async function mdxToHast(body: string, options: Omit<PipelineOptions, "format" | "target">): Promise<Root> {
  const full: PipelineOptions = { ...options, format: "mdx", target: "html" };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins(full))
    .use(remarkRehype, {
      ...remarkRehypeOptions,
      handlers: {
        mdxJsxFlowElement: jsx,
        mdxJsxTextElement: jsx,
        mdxFlowExpression: dropped,
        mdxTextExpression: dropped,
        mdxjsEsm: dropped,
      },
    })
    .use(rehypePlugins(full));
  const tree = (await processor.run(processor.parse(body))) as Root;
  // Outside the page, nothing vouches for the JSX: the same allowlist as Markdown bodies.
  return sanitize(tree, sanitizeSchema) as Root;
}
