import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentSite } from "@/lib/content/queries";
import { homePages } from "@/lib/pages/kinds/home";

// The first page of the home listing; its other pages are served by the catch-all route. Only
// the home kind is imported (not the whole table): the home page loads no article component.
const firstPage = () => homePages.resolve({ segments: [], path: "/" }, currentSite());

export function generateMetadata(): Metadata | Promise<Metadata> {
  return firstPage()?.metadata() ?? {};
}

export default function Home() {
  const page = firstPage();
  if (!page) notFound();
  return page.view();
}
