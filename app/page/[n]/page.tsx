import type { Metadata } from "next";
import { HomePage, homeExtraPages } from "@/components/home-page";
import { pageMetadata } from "@/lib/seo/metadata";
import { homeUrl } from "@/lib/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: homeExtraPages() }, (_, i) => ({ n: String(i + 2) }));
}

export async function generateMetadata({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> {
  const { n } = await params;
  return pageMetadata({ title: `Articles – page ${n}`, path: homeUrl(Number(n)) });
}

export default async function HomePageN({ params }: { params: Promise<{ n: string }> }) {
  const { n } = await params;
  return <HomePage pageNumber={Number(n)} />;
}
