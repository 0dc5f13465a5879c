import { TermIndex } from "@/components/term-index";
import { pageMetadata } from "@/lib/seo/metadata";
import { CATEGORIES } from "@/lib/taxonomy";

export const metadata = pageMetadata({ title: CATEGORIES.label, path: `/${CATEGORIES.base}/` });

export default function Index() {
  return <TermIndex taxonomy={CATEGORIES} />;
}
