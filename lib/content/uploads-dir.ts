/**
 * Where uploaded files (images, PDFs) live: beside the articles, in the content folder, so that
 * an organisation's content is one folder and an embargoed file follows its article's visibility.
 * Readers see them at `/uploads/<name>`. A folder beginning with `_` is never a section.
 */
import path from "node:path";
import { contentDir } from "@/lib/content/load";

export const UPLOADS_FOLDER = "_uploads";
/** The public address prefix of uploads, unchanged from the Jekyll site (`/uploads/x.pdf`). */
export const UPLOADS_URL_PREFIX = "/uploads/";

/** `$CONTENT_DIR/_uploads` (or `content/_uploads`). */
export function uploadsDir(): string {
  return path.join(contentDir(), UPLOADS_FOLDER);
}
