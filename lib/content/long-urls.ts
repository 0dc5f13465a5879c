/**
 * Very long addresses. A server build writes each page as files named after its last URL
 * segment plus a suffix (`<slug>.segments`), so a slug near the file system's 255-byte limit
 * (the source site has one of 244 characters) fails the build. Such a page is built under a
 * short alias and served at its own address by a rewrite: the URL stays the source site's.
 * A static export writes `<slug>/index.html` and needs no alias.
 */
import { createHash } from "node:crypto";
import { safeDecode } from "../safe-decode";

/** Segments longer than this (in UTF-8 bytes, as written on disk) get an alias. */
const MAX_SEGMENT_BYTES = 200;
/** First segment of alias paths; never a section (sections do not start with `_`). */
export const ALIAS_SEGMENT = "_u";

export function needsAlias(path: string): boolean {
  if (process.env.STATIC_EXPORT === "1") return false;
  return path.split("/").some((segment) => Buffer.byteLength(safeDecode(segment)) > MAX_SEGMENT_BYTES);
}

/** `/_u/<hash>/` for a path (the same path always gets the same alias). */
export function aliasPath(path: string): string {
  return `/${ALIAS_SEGMENT}/${createHash("sha256").update(path).digest("hex").slice(0, 20)}/`;
}
