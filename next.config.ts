import type { NextConfig } from "next";
import { redirects as contentRedirects, longUrlRewrites } from "./lib/content/queries";

// The site can live under a sub-path (`BASE_PATH=/blog`) in both deployment modes.
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
const staticExport = process.env.STATIC_EXPORT === "1";

/** Next's redirect sources are path patterns: characters with a meaning there are escaped. */
function escapePattern(path: string): string {
  return path.replace(/[:()*+?{}\\]/g, (c) => `\\${c}`);
}

/** Requests arrive percent-encoded: an address with accents is matched in that form too. */
function bothForms(path: string): string[] {
  return [...new Set([path, encodeURI(path)])];
}

const nextConfig: NextConfig = {
  // A second build (the corpus, the static export) can sit beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  basePath: basePath || undefined,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  ...(staticExport ? { output: "export" as const } : {}),
  images: { unoptimized: true },
  async redirects() {
    // Old addresses answer 308 in server mode; the static export writes HTML redirect pages.
    return contentRedirects().flatMap(({ from, to }) =>
      bothForms(from).map((source) => ({ source: escapePattern(source), destination: to, permanent: true })),
    );
  },
  async rewrites() {
    // Pages whose address is too long for a file name are built under a short alias (server mode only).
    if (staticExport) return [];
    const beforeFiles = longUrlRewrites().flatMap(({ from, to }) =>
      bothForms(from).map((source) => ({ source: escapePattern(source), destination: to })),
    );
    return { beforeFiles, afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
