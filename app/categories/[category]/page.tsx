import { TermPage, termMetadata } from "@/components/term-page";
import { CATEGORIES, termParams } from "@/lib/taxonomy";

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return termParams(CATEGORIES).map(({ slug }) => ({ category: slug }));
}

export async function generateMetadata({ params }: Props) {
  return termMetadata(CATEGORIES, (await params).category);
}

export default async function Page({ params }: Props) {
  return <TermPage taxonomy={CATEGORIES} slug={(await params).category} pageNumber={1} />;
}
