import { TermIndex } from "@/components/term-index";
import { pageMetadata } from "@/lib/seo/metadata";
import { TAGS } from "@/lib/taxonomy";

export const metadata = pageMetadata({ title: TAGS.label, path: `/${TAGS.base}/` });

export default function Index() {
  return <TermIndex taxonomy={TAGS} />;
}
