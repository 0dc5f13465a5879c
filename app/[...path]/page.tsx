import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageAt, pagePaths } from "@/lib/pages/table";

type Props = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

/** Every page with an address from content: see the table of page kinds, lib/pages/table.ts. */
export function generateStaticParams() {
  // The home page (no segment) has its own route, app/page.tsx.
  return pagePaths()
    .filter((segments) => segments.length)
    .map((path) => ({ path }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await pageAt((await params).path)?.metadata()) ?? {};
}

export default async function CatchAll({ params }: Props) {
  const page = pageAt((await params).path);
  if (!page) notFound();
  return page.view();
}
