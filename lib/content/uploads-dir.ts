/**
 * Where uploaded files (images, PDFs) live: beside the articles, in the content folder, so that
 * an organisation's content is one folder and an embargoed file follows its article's visibility.
 * Readers see them at `/uploads/<name>`. A folder beginning with `_` is never a section.
 */
import path from "node:path";
import { contentDir } from "@/lib/content/load";
import { UPLOADS_FOLDER } from "@/lib/content/upload-files";

export { UPLOADS_FOLDER, UPLOADS_URL_PREFIX } from "@/lib/content/upload-files";

/** `$CONTENT_DIR/_uploads` (or `content/_uploads`). */
export function uploadsDir(): string {
  return path.join(contentDir(), UPLOADS_FOLDER);
}
