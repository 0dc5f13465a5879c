/**
 * Tags and categories share one shape of pages (index, term page, its pages 2…): this module
 * describes each taxonomy once so the routes stay thin.
 */
import {
  articlesInCategory,
  articlesWithTag,
  categories,
  categoryBySlug,
  tagBySlug,
  tags,
  type TermCount,
} from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { categoryUrl, tagUrl } from "@/lib/urls";

export type Taxonomy = {
  /** URL segment and route folder. */
  base: "tags" | "categories";
  label: string;
  terms: () => TermCount[];
  bySlug: (slug: string) => TermCount | undefined;
  articles: (slug: string) => Article[];
  url: (slug: string, page?: number) => string;
};

export const TAGS: Taxonomy = {
  base: "tags",
  label: "Thématiques",
  terms: tags,
  bySlug: tagBySlug,
  articles: articlesWithTag,
  url: tagUrl,
};

export const CATEGORIES: Taxonomy = {
  base: "categories",
  label: "Catégories",
  terms: categories,
  bySlug: categoryBySlug,
  articles: articlesInCategory,
  url: categoryUrl,
};
