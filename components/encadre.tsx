import { useId, type ReactNode } from "react";

export type EncadreVariant = "default" | "noir" | "bleue" | "gris" | "alerte";

const VARIANT_CLASS: Record<EncadreVariant, string> = {
  default: "border-l-4 border-brand bg-bg-alt",
  noir: "border-2 border-fg",
  bleue: "bg-brand-soft border-l-4 border-brand",
  gris: "bg-bg-alt",
  alerte: "border-l-4 border-accent bg-bg-alt",
};

type EncadreProps = {
  variant?: EncadreVariant | string;
  /** A heading for the callout (MDX); legacy callouts carry their own heading inside. */
  title?: string;
  /** Heading level of `title`. */
  level?: 2 | 3 | 4;
  /** Id of the heading inside the callout that names it. */
  labelledBy?: string;
  className?: string | string[];
  children?: ReactNode;
};

/** A callout box ("encadré"): a complementary aside named by its heading. */
export function Encadre({ variant = "default", title, level = 3, labelledBy, className, children }: EncadreProps) {
  const ownId = useId();
  const known = (variant in VARIANT_CLASS ? variant : "default") as EncadreVariant;
  const Heading = `h${level}` as const;
  const headingId = title ? ownId : labelledBy;
  const extra = Array.isArray(className) ? className.join(" ") : (className ?? "");
  return (
    <aside
      className={`encadre clear-both my-8 rounded-sm p-5 md:p-6 ${VARIANT_CLASS[known]} ${extra}`}
      data-variant={known}
      aria-labelledby={headingId}
      aria-label={headingId ? undefined : "Encadré"}
    >
      {title ? (
        <Heading id={ownId} className="mt-0">
          {title}
        </Heading>
      ) : null}
      {children}
    </aside>
  );
}
