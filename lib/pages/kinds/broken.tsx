/** Development only: a file that failed to load still owns its address, to show why. */
import { ContentErrorView } from "@/components/content-error";
import { loadContent } from "@/lib/content/load";
import { segmentsOf, type PageKind } from "../page-kind";

const inDevelopment = () => process.env.NODE_ENV === "development";

export const brokenPages: PageKind = {
  name: "broken",
  paths: () => (inDevelopment() ? loadContent().broken.map((b) => segmentsOf(b.url)) : []),
  resolve({ path }) {
    const broken = inDevelopment() ? loadContent().broken.find((b) => b.url === path) : undefined;
    if (!broken) return undefined;
    return {
      kind: "broken",
      broken: true,
      metadata: () => ({ title: "Erreur de contenu", robots: { index: false } }),
      view: () => <ContentErrorView file={broken.displayPath} issues={broken.issues} />,
    };
  },
};
