/** `/brouillons/`: drafts and scheduled articles, in development and preview builds only. */
import { DraftsPage } from "@/components/drafts-page";
import { showsUnpublished } from "@/lib/content/queries";
import { draftsUrl } from "@/lib/urls";
import { segmentsOf, type PageKind } from "../page-kind";

export const draftsPages: PageKind = {
  name: "drafts",
  paths: () => (showsUnpublished() ? [segmentsOf(draftsUrl)] : []),
  resolve({ path }) {
    // Not a page of a production build at all: there it is an ordinary 404.
    if (path !== draftsUrl || !showsUnpublished()) return undefined;
    return {
      kind: "drafts",
      metadata: () => ({ title: "Brouillons et articles programmés", robots: { index: false, follow: false } }),
      view: () => <DraftsPage />,
    };
  },
};
