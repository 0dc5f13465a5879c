import type { ReactNode } from "react";

/**
 * The studio uses the width of the window (the site's pages stop at 72 rem): text and preview
 * side by side at 1,280 px, more room at 1,920 px.
 */
export function StudioFrame({ children }: { children: ReactNode }) {
  return (
    <div className="studio relative left-1/2 w-[calc(100vw-3rem)] max-w-[1880px] -translate-x-1/2">
      {children}
    </div>
  );
}
