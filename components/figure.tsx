import type { Element } from "hast";
import type { ReactNode } from "react";
import { z } from "zod";
import { figureSizes, isIcon, widthStep, type FigureAlign, type WidthStep } from "@/lib/figure-layout";
import { defineContentComponent, element } from "@/lib/markdown/content-component";
import { classesOf, isElement, styleValue } from "@/lib/markdown/hast";

export type { FigureAlign };

export type FigureProps = {
  align?: FigureAlign;
  /** Width the content asked for, as a percentage of the text column (`"50%"`). */
  width?: string;
  id?: string;
  children?: ReactNode;
};

// Widths are snapped to a few steps so layout stays in the stylesheet (no inline style).
const WIDTH_CLASS: Record<WidthStep, string> = {
  8: "w-12 md:w-[8%] md:min-w-12",
  15: "w-20 md:w-[15%] md:min-w-16",
  25: "md:w-1/4",
  33: "md:w-1/3",
  40: "md:w-2/5",
  50: "md:w-1/2",
  60: "md:w-3/5",
  66: "md:w-2/3",
  75: "md:w-3/4",
  100: "md:w-full",
};

/**
 * An image with its caption. On wide screens a left or right figure floats at the width the
 * content asked for and the text flows beside it; on a phone it takes the full width, except
 * small pictograms, which stay small beside their heading.
 */
export function Figure({ align = "center", width, id, children }: FigureProps) {
  const step = widthStep(width, align);
  const icon = isIcon(step);
  const placement =
    align === "left"
      ? `${icon ? "float-left mr-4" : "md:float-left md:mr-6"} md:mb-3`
      : align === "right"
        ? `${icon ? "float-right ml-4" : "md:float-right md:ml-6"} md:mb-3`
        : "mx-auto";
  return (
    <figure id={id} className={`figure my-4 ${placement} ${WIDTH_CLASS[step]}`} data-align={align} data-icon={icon ? "" : undefined}>
      {children}
    </figure>
  );
}

const ALIGNS = ["left", "right", "center"] as const;
const percent = z
  .string()
  .regex(/^\s*\d{1,3}(?:[.,]\d+)?\s*%?\s*$/, "expected a width in percent of the column, like 40%")
  .transform((v) => Math.round(Number.parseFloat(v.replace(",", "."))))
  .refine((n) => n > 0 && n <= 100, "expected a width between 1% and 100%");

function figureNode(align: FigureAlign, width: number | undefined, id: unknown, children: Element["children"]): Element {
  return element(
    "Figure",
    { align, ...(width !== undefined ? { width: `${width}%` } : {}), ...(typeof id === "string" && id ? { id } : {}) },
    children,
  );
}

/**
 * `<Figure src alt caption align width>` in MDX; `<figure class="image-left" style="width: 40%">`
 * in the source site's HTML.
 */
export const figure = defineContentComponent({
  name: "Figure",
  attributes: {
    src: z.string().min(1, "expected the address of the image"),
    alt: z.string(),
    caption: z.string(),
    align: z.enum(ALIGNS, { error: "expected left, right or center" }),
    width: percent,
  },
  properties: ["align", "width", "id"],
  toTree(a, children) {
    const content: Element["children"] = [];
    if (a.src) content.push(element("img", { src: a.src, alt: a.alt ?? "" }));
    content.push(...children);
    if (a.caption) content.push(element("figcaption", {}, [{ type: "text", value: a.caption }]));
    return figureNode(a.align ?? "center", a.width, undefined, content);
  },
  fromHtml(node) {
    if (node.tagName !== "figure") return undefined;
    const classes = classesOf(node);
    const align = classes.includes("image-left") ? "left" : classes.includes("image-right") ? "right" : "center";
    const width = /^(\d+(?:\.\d+)?)\s*%$/.exec(styleValue(node, "width") ?? "");
    return figureNode(align, width ? Math.round(Number(width[1])) : undefined, node.properties.id, node.children);
  },
  toHtml(node) {
    const width = typeof node.properties.width === "string" ? Number.parseFloat(node.properties.width) : undefined;
    return element(
      "figure",
      {
        ...(node.properties.id ? { id: node.properties.id } : {}),
        dataAlign: node.properties.align,
        ...(width !== undefined ? { dataWidth: String(width) } : {}),
      },
      node.children,
    );
  },
  beforeRender(node) {
    // The browser picks the image variant by the width the figure will show at.
    const width = typeof node.properties.width === "string" ? node.properties.width : undefined;
    const sizes = figureSizes(widthStep(width, node.properties.align as FigureAlign));
    for (const child of node.children) if (isElement(child, "img")) child.properties.sizes = sizes;
  },
  component: Figure,
});
