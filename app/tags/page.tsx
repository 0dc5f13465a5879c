import { TermIndex } from "@/components/term-index";
import { TAGS } from "@/lib/taxonomy";

export const metadata = { title: TAGS.label };

export default function Index() {
  return <TermIndex taxonomy={TAGS} />;
}
