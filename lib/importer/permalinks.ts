/**
 * The address Jekyll gave a collection document, from the collection's `permalink` pattern:
 * when it differs from the address here, the importer adds it to `redirect_from`.
 */
import { isoDay } from "@/lib/content/dates";
import { jekyllSlug } from "@/lib/content/slug";

const NAMED: Record<string, string> = {
  pretty: "/:collection/:path/",
  none: "/:collection/:path:output_ext",
  date: "/:collection/:path:output_ext",
};

export type DocumentFacts = {
  collection: string;
  /** Path inside the collection folder, without extension (`2020/mon-article`). */
  path: string;
  /** Absent for an undated document: Jekyll gave it the build's date, which no one can know now. */
  date?: Date;
  categories: string[];
  /** `slug` from the front matter, if any. */
  slug?: string;
};

/** The old address, or undefined when the pattern uses something this importer cannot know. */
export function jekyllUrl(pattern: string, facts: DocumentFacts): string | undefined {
  const template = NAMED[pattern] ?? pattern;
  const name = facts.path.split("/").pop() ?? facts.path;
  const day = facts.date ? isoDay(facts.date) : undefined;
  const dateParts: Record<string, string> = day
    ? {
        year: day.slice(0, 4),
        month: day.slice(5, 7),
        day: day.slice(8, 10),
        i_month: String(Number(day.slice(5, 7))),
        i_day: String(Number(day.slice(8, 10))),
        short_year: day.slice(2, 4),
      }
    : {};
  const values: Record<string, string> = {
    collection: facts.collection,
    path: facts.path,
    name,
    title: jekyllSlug(facts.slug ?? name),
    slug: jekyllSlug(facts.slug ?? name),
    categories: facts.categories.map((c) => jekyllSlug(c)).join("/"),
    ...dateParts,
    output_ext: ".html",
  };
  let unknown = false;
  const url = template.replace(/:([a-z_]+)/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) unknown = true;
    return value ?? "";
  });
  if (unknown) return undefined;
  return `/${url.replace(/\/{2,}/g, "/").replace(/^\/+/, "")}`;
}
