import type { Element } from "hast";
import type { ReactNode } from "react";
import { z } from "zod";
import { defineContentComponent, element } from "@/lib/markdown/content-component";
import { classesOf, isElement } from "@/lib/markdown/hast";

export const ENCADRE_VARIANTS = ["default", "noir", "bleue", "gris", "alerte"] as const;
export type EncadreVariant = (typeof ENCADRE_VARIANTS)[number];

const VARIANT_CLASS: Record<EncadreVariant, string> = {
  default: "border-l-4 border-brand bg-bg-alt",
  noir: "border-2 border-fg",
  bleue: "bg-brand-soft border-l-4 border-brand",
  gris: "bg-bg-alt",
  alerte: "border-l-4 border-accent bg-bg-alt",
};

type EncadreProps = {
  variant?: EncadreVariant;
  /** Id of the heading inside the callout that names it. */
  labelledBy?: string;
  className?: string | string[];
  children?: ReactNode;
};

/** A callout box ("encadré"): a complementary aside named by its heading. */
export function Encadre({ variant = "default", labelledBy, className, children }: EncadreProps) {
  const extra = Array.isArray(className) ? className.join(" ") : (className ?? "");
  return (
    <aside
      className={`encadre clear-both my-8 rounded-sm p-5 md:p-6 ${VARIANT_CLASS[variant] ?? VARIANT_CLASS.default} ${extra}`}
      data-variant={variant}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : "Encadré"}
    >
      {children}
    </aside>
  );
}

// The source site's class names for the variants, and their misspellings.
const VARIANT_ALIASES: Record<string, EncadreVariant> = {
  noir: "noir",
  bleue: "bleue",
  bleu: "bleue",
  blue: "bleue",
  gris: "gris",
  grise: "gris",
  rouge: "alerte",
  alerte: "alerte",
};

function encadreNode(variant: EncadreVariant, centred: boolean, children: Element["children"]): Element {
  return element("Encadre", { variant, ...(centred ? { className: ["text-center"] } : {}) }, children);
}

/** `<Encadre variant title level>` in MDX; any element of class `encadre` in the source site's HTML. */
export const encadre = defineContentComponent({
  name: "Encadre",
  attributes: {
    variant: z.enum(ENCADRE_VARIANTS, { error: `expected one of ${ENCADRE_VARIANTS.join(", ")}` }),
    title: z.string(),
    level: z.enum(["2", "3", "4"], { error: "expected 2, 3 or 4 (the level of the title)" }),
  },
  properties: ["variant", "className", "labelledBy"],
  toTree(a, children) {
    const heading = a.title ? [element(`h${a.level ?? "3"}`, {}, [{ type: "text", value: a.title }])] : [];
    return encadreNode(a.variant ?? "default", false, [...heading, ...children]);
  },
  fromHtml(node) {
    const classes = classesOf(node);
    if (!classes.includes("encadre")) return undefined;
    const variant = classes.map((c) => VARIANT_ALIASES[c]).find(Boolean) ?? "default";
    // The class sat on a paragraph: the callout wraps it.
    const wrapsText = node.tagName === "p" || node.tagName === "span";
    const children = wrapsText ? [element(node.tagName, {}, node.children)] : node.children;
    return encadreNode(variant, classes.includes("text-center"), children);
  },
  toHtml(node) {
    const { variant, className } = node.properties;
    return element("aside", { dataEncadre: variant, ...(className ? { className } : {}) }, node.children);
  },
  beforeRender(node) {
    // Named by its first heading, once headings have their ids.
    const heading = node.children.find((c): c is Element => isElement(c) && /^h[2-6]$/.test(c.tagName));
    if (typeof heading?.properties.id === "string") node.properties.labelledBy = heading.properties.id;
  },
  component: Encadre,
});
