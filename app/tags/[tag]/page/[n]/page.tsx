import { TermPage, termMetadata } from "@/components/term-page";
import { TAGS, termPageParams } from "@/lib/taxonomy";

type Props = { params: Promise<{ tag: string; n: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return termPageParams(TAGS).map(({ slug, n }) => ({ tag: slug, n }));
}

export async function generateMetadata({ params }: Props) {
  const { tag, n } = await params;
  return termMetadata(TAGS, tag, Number(n));
}

export default async function Page({ params }: Props) {
  const { tag, n } = await params;
  return <TermPage taxonomy={TAGS} slug={tag} pageNumber={Number(n)} />;
}
