/**
 * Which uploads this build serves: the embargo rule for files, in one place. A production build
 * publishes a file of `_uploads/` only when a page readers can see names it (an article's body or
 * lede, its hero or slideshow images, its attachments, a site page, the site's configuration), so
 * a press kit used only by a scheduled communiqué stays private until the communiqué's date.
 * `next dev` and preview builds serve every file, as they show every draft.
 */
import { perContent } from "@/lib/content/memo";
import { showsUnpublished, siteModel } from "@/lib/content/queries";
import type { Article } from "@/lib/content/types";
import { uploadsNamedIn, type UploadFile } from "@/lib/content/upload-files";
import { SITE_PAGES, sitePageSource } from "@/lib/site-pages";
import { siteConfig } from "@/site.config";

/** Every text of an article that can name a file readers get. */
function textsOf(article: Article): string[] {
  return [
    article.body,
    article.chapeau ?? "",
    ...article.slides.map((image) => image.src),
    article.hero?.src ?? "",
    ...article.files.map((file) => file.href),
    article.redirectTo ?? "",
  ];
}

/** Site path -> file, for the uploads this build publishes, sorted by path. */
export const servedUploads = perContent((index): Map<string, UploadFile> => {
  if (showsUnpublished()) return new Map([...index.uploads].sort(([a], [b]) => (a < b ? -1 : 1)));
  const named = new Set<string>();
  for (const article of siteModel(index, Date.now()).articles) {
    for (const text of textsOf(article)) uploadsNamedIn(text, index.uploads, named);
  }
  for (const page of SITE_PAGES) uploadsNamedIn(sitePageSource(page), index.uploads, named);
  uploadsNamedIn(JSON.stringify(siteConfig), index.uploads, named);
  return new Map([...named].sort().map((key) => [key, index.uploads.get(key)!]));
}, showsUnpublished);
