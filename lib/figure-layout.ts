/**
 * How wide a content figure shows: the width the content asked for, snapped to a few steps and
 * kept within bounds. Shared by the Figure component (its classes) and the Markdown pipeline
 * (the `sizes` of the image inside, so the browser fetches the right variant).
 */

export type FigureAlign = "left" | "right" | "center";

export const WIDTH_STEPS = [8, 15, 25, 33, 40, 50, 60, 66, 75, 100] as const;
export type WidthStep = (typeof WIDTH_STEPS)[number];

export function widthStep(width: string | undefined, align: FigureAlign): WidthStep {
  const percent = Number.parseFloat(width ?? "");
  if (!Number.isFinite(percent)) return align === "center" ? 100 : 40;
  // A floated figure never takes more than two thirds of the column: text must flow beside it.
  const bounded = Math.min(Math.max(percent, 5), align === "center" ? 100 : 66);
  return WIDTH_STEPS.reduce<WidthStep>(
    (best, step) => (Math.abs(step - bounded) < Math.abs(best - bounded) ? step : best),
    100,
  );
}

/** Pictograms (small figures) stay small beside their text, even on a phone. */
export function isIcon(step: WidthStep): boolean {
  return step <= 15;
}

/** `sizes` for the image of a figure in the 48rem text column. */
export function figureSizes(step: WidthStep): string {
  const wide = `${Math.round((768 * step) / 100)}px`;
  return isIcon(step) ? wide : `(min-width: 48rem) ${wide}, 100vw`;
}
