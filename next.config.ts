import type { NextConfig } from "next";
import { redirects as contentRedirects } from "./lib/content/queries";

// The site can live under a sub-path (`BASE_PATH=/blog`) in both deployment modes.
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
const staticExport = process.env.STATIC_EXPORT === "1";
// `*.dev.ts` files (the live preview's event stream) are routes under `next dev` only: a
// production build does not even see them.
const devOnlyExtensions = process.env.NODE_ENV === "development" ? ["dev.ts"] : [];

/** Next's redirect sources are path patterns: characters with a meaning there are escaped. */
function escapePattern(path: string): string {
  return path.replace(/[:()*+?{}\\]/g, (c) => `\\${c}`);
}

const nextConfig: NextConfig = {
  // A second build (the corpus, the static export) can sit beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  trailingSlash: true,
  poweredByHeader: false,
  pageExtensions: [...devOnlyExtensions, "tsx", "ts", "jsx", "js"],
  reactStrictMode: true,
  basePath: basePath || undefined,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  ...(staticExport ? { output: "export" as const } : {}),
  images: { unoptimized: true },
  async redirects() {
    // Old addresses answer 308 in server mode; the static export writes HTML redirect pages.
    return contentRedirects().map(({ from, to }) => ({ source: escapePattern(from), destination: to, permanent: true }));
  },
};

export default nextConfig;
