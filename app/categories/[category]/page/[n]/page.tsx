import { TermPage, termMetadata } from "@/components/term-page";
import { CATEGORIES, termPageParams } from "@/lib/taxonomy";

type Props = { params: Promise<{ category: string; n: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return termPageParams(CATEGORIES).map(({ slug, n }) => ({ category: slug, n }));
}

export async function generateMetadata({ params }: Props) {
  const { category, n } = await params;
  return termMetadata(CATEGORIES, category, Number(n));
}

export default async function Page({ params }: Props) {
  const { category, n } = await params;
  return <TermPage taxonomy={CATEGORIES} slug={category} pageNumber={Number(n)} />;
}
