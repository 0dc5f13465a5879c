import { TermPage, termMetadata } from "@/components/term-page";
import { TAGS, termParams } from "@/lib/taxonomy";

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return termParams(TAGS).map(({ slug }) => ({ tag: slug }));
}

export async function generateMetadata({ params }: Props) {
  return termMetadata(TAGS, (await params).tag);
}

export default async function Page({ params }: Props) {
  return <TermPage taxonomy={TAGS} slug={(await params).tag} pageNumber={1} />;
}
