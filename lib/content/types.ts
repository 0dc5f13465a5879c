import type { ParsedDate } from "./dates";

export type Section = {
  /** Folder name under the content directory (`communiques`). */
  folder: string;
  /** URL segment (`espace-presse`). */
  path: string;
  label: string;
};

/** A tag or a category: an ASCII slug for URLs, the label as editors wrote it. */
export type Term = { slug: string; label: string };

export type ImageRef = { src: string; alt: string; caption?: string };

export type Attachment = { href: string; name: string };

export type PressContact = { name?: string; phones: string[]; email?: string };

export type EventInfo = {
  start?: ParsedDate;
  end?: ParsedDate;
  place?: string;
  address?: string;
  fields: { label: string; value: string; href?: string }[];
};

/**
 * An article as every page, feed and script reads it. A draft may lack what publishing needs (a
 * title, a date); anything that can be published has a title, so a page can never show a file
 * name where a title belongs (see `Publication`). A date is optional for all: a published
 * document without one is an undated page (evergreen), kept out of the date-ordered feeds.
 */
export type Article = ArticleFields & Publication;

/** What a draft may lack and a publishable document may not. */
export type Publication =
  | {
      draft: false;
      /** The editor's title. */
      title: string;
      untitled?: undefined;
    }
  | {
      /** `draft: true`, `published: false` or in `_drafts/`: never in a production build. */
      draft: true;
      /** The editor's title, or the file name as a working title when there is none yet. */
      title: string;
      /** No `title` yet: `title` is the file name. */
      untitled: boolean;
    };

/** An article with a publication date: what feeds, schedules and « Publié le » need. */
export type DatedArticle = Article & { date: Date };

type ArticleFields = {
  /** Path relative to the content folder, with forward slashes: the article's identity. */
  id: string;
  /** Absolute path on disk. */
  file: string;
  /** Path to show in messages (relative to the working directory when inside it). */
  displayPath: string;
  format: "md" | "mdx";
  section: Section;
  slug: string;
  /** Path of the page, with leading and trailing slashes (`/actualites/x/`). */
  url: string;
  /** Publication instant; absent for an undated page, or a draft whose date is not set yet. */
  date?: Date;
  /** The date was written with a time of day (false when there is no date). */
  dateHasTime: boolean;
  updated?: Date;
  categories: Term[];
  tags: Term[];
  /** The lede, Markdown. */
  chapeau?: string;
  subtitle?: string;
  author?: string;
  hero?: ImageRef;
  /** All images of `une-ou-diaporama`; more than one makes a slideshow. */
  slides: ImageRef[];
  files: Attachment[];
  pressContact?: PressContact;
  event?: EventInfo;
  /** The page only sends readers elsewhere (`redirect_to`, `redirection`, `redirection-interne`). */
  redirectTo?: string;
  /** Older paths of this page (`redirect_from`). */
  redirectFrom: string[];
  featured: boolean;
  lang?: string;
  body: string;
  /** Line of the file on which the body starts, for messages about the body. */
  bodyLine: number;
  /** Front-matter keys this site does not know, kept for the content check. */
  unknownKeys: string[];
  /** Jekyll presentation keys that have no effect here (`layout`, `style`, `position`). */
  ignoredKeys: string[];
};

export type Severity = "error" | "warning";

/** One finding about a content file, located as precisely as the source allows. */
export type ContentIssue = {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  message: string;
  /** The setting of site.config.ts that decided the severity (`onBrokenLinks`), when one did. */
  policy?: "onBrokenLinks";
};
