/**
 * The studio's list of articles (development only: `*.dev.tsx` files are pages only under
 * `next dev`, see next.config.ts; a production build has no such page and none of its code).
 */
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { editUrl } from "@/components/studio/api";
import { StudioList } from "@/components/studio/studio-list";
import { runCheck } from "@/lib/check/run";
import { loadContent } from "@/lib/content/load";
import { sectionChoices } from "@/lib/studio/choices";
import { studioToken } from "@/lib/studio/guard";
import { studioList } from "@/lib/studio/list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Studio : les articles", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ fichier?: string | string[] }> };

export default async function StudioPage({ searchParams }: Props) {
  // `/studio/?fichier=…`: the address the draft banner links to, the editor of that file.
  const file = (await searchParams).fichier;
  if (typeof file === "string") redirect(editUrl(file));
  const { issues } = await runCheck({ parallel: false });
  const entries = studioList(loadContent(), issues);
  return <StudioList entries={entries} sections={sectionChoices()} token={studioToken()} />;
}
