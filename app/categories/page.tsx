import { TermIndex } from "@/components/term-index";
import { CATEGORIES } from "@/lib/taxonomy";

export const metadata = { title: CATEGORIES.label };

export default function Index() {
  return <TermIndex taxonomy={CATEGORIES} />;
}
