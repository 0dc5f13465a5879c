import type { Metadata } from "next";
import { HomePage, homeExtraPages } from "@/components/home-page";

export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: homeExtraPages() }, (_, i) => ({ n: String(i + 2) }));
}

export async function generateMetadata({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> {
  const { n } = await params;
  return { title: `Articles – page ${n}` };
}

export default async function HomePageN({ params }: { params: Promise<{ n: string }> }) {
  const { n } = await params;
  return <HomePage pageNumber={Number(n)} />;
}
