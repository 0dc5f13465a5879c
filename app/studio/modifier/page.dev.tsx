/**
 * The studio's editor for one article (development only, like the rest of app/studio/):
 * /studio/modifier/?fichier=actualites/x.md
 */
import fs from "node:fs";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StudioEditor } from "@/components/studio/editor";
import { readContentText } from "@/lib/content/load";
import { checkText } from "@/lib/studio/check-text";
import { sectionChoices, termChoices } from "@/lib/studio/choices";
import { articlePath, ConfinementError } from "@/lib/studio/confine";
import { studioToken } from "@/lib/studio/guard";
import { openArticle } from "@/lib/studio/store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Studio : modifier un article", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ fichier?: string | string[] }> };

export default async function StudioEditPage({ searchParams }: Props) {
  const relative = (await searchParams).fichier;
  if (typeof relative !== "string") notFound();
  let file: string;
  try {
    file = articlePath(relative);
  } catch (error) {
    if (error instanceof ConfinementError) notFound();
    throw error;
  }
  if (!fs.existsSync(file)) notFound();
  const article = openArticle(relative);
  const text = fs.readFileSync(file, "utf8");
  const [checked, read] = [await checkText(file, text), readContentText(file, text)];
  const folder = read.article?.section.folder ?? relative.split("/")[0] ?? "";
  const section = sectionChoices().find((s) => s.folder === folder);
  const { tags, categories } = termChoices();
  return (
    <StudioEditor
      article={article}
      token={studioToken()}
      tags={tags}
      categories={categories}
      events={section?.events ?? false}
      sectionLabel={section?.label ?? read.article?.section.label ?? folder}
      folder={folder}
      initialIssues={checked.issues}
      bodyLine={checked.bodyLine}
    />
  );
}
