import type { ReactNode } from "react";
import { figureSizes, isIcon, widthStep, type FigureAlign, type WidthStep } from "@/lib/figure-layout";
import { ContentImage } from "./content-image";

export type { FigureAlign };

export type FigureProps = {
  align?: FigureAlign;
  /** Width the content asked for, as a percentage of the text column (`"50%"`). */
  width?: string;
  src?: string;
  alt?: string;
  caption?: ReactNode;
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
export function Figure({ align = "center", width, src, alt, caption, children }: FigureProps) {
  const step = widthStep(width, align);
  const icon = isIcon(step);
  const placement =
    align === "left"
      ? `${icon ? "float-left mr-4" : "md:float-left md:mr-6"} md:mb-3`
      : align === "right"
        ? `${icon ? "float-right ml-4" : "md:float-right md:ml-6"} md:mb-3`
        : "mx-auto";
  return (
    <figure className={`figure my-4 ${placement} ${WIDTH_CLASS[step]}`} data-align={align} data-icon={icon ? "" : undefined}>
      {src ? <ContentImage src={src} alt={alt} sizes={figureSizes(step)} /> : null}
      {children}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
