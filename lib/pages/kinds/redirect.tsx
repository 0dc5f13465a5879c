/**
 * An old address (`redirect_from`) or a redirect-only article (`redirect_to`…). In server mode
 * the Next config answers 308 before the page is reached; in a static export it is this small
 * HTML page that sends readers on.
 */
import { RedirectNotice } from "@/components/redirect-notice";
import { segmentsOf, type PageKind } from "../page-kind";

export const redirectPages: PageKind = {
  name: "redirect",
  paths: (site) => site.redirects.map((r) => segmentsOf(r.from)),
  resolve({ path }, site) {
    const to = site.byUrl.get(path)?.redirectTo ?? site.redirectsByPath.get(path)?.to;
    if (!to) return undefined;
    return {
      kind: "redirect",
      redirectTo: to,
      metadata: () => ({ title: "Page déplacée", robots: { index: false } }),
      view: () => <RedirectNotice to={to} />,
    };
  },
};
