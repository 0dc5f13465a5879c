/**
 * Where the build keeps what it can reuse (the content check's records, feed HTML, image
 * variants): `.next/cache/chapeau/`, whatever the build's own folder. Next leaves `.next/cache/`
 * in place between builds, and hosts that build Next sites (Vercel, Netlify, most CI recipes)
 * keep that folder from one deployment to the next, so a rebuild reuses it there too.
 * Every entry carries its own validity (a key of everything it depends on): nothing has to be
 * emptied by hand, whichever command starts the build. `CHAPEAU_CACHE_DIR` puts them elsewhere.
 */
import path from "node:path";

export function cacheDir(name: "check" | "feed-html" | "images", root = process.cwd()): string {
  const base = process.env.CHAPEAU_CACHE_DIR
    ? path.resolve(/*turbopackIgnore: true*/ root, process.env.CHAPEAU_CACHE_DIR)
    : path.join(/*turbopackIgnore: true*/ root, ".next", "cache", "chapeau");
  return path.join(base, name);
}
