import type { ComponentProps } from "react";

/** A table that scrolls sideways on narrow screens instead of widening the page. */
export function Table(props: ComponentProps<"table">) {
  return (
    <div className="table-scroll overflow-x-auto" role="region" aria-label="Tableau (défilement horizontal)" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
