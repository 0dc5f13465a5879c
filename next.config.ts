import os from "node:os";
import type { NextConfig } from "next";
import { redirects as contentRedirects, longUrlRewrites } from "./lib/content/queries";
import { devOrigins } from "./lib/dev-origins";
import { embedOrigins } from "./lib/embed-origins";
import { destinationPattern, sourcePattern } from "./lib/security/redirect-rules";
import { securityHeaders } from "./lib/security-headers";

// The site can live under a sub-path (`BASE_PATH=/blog`) in both deployment modes.
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");
// `npm run build:static` writes a static site to out/ for any static host.
const staticExport = process.env.STATIC_EXPORT === "1";
const production = process.env.NODE_ENV === "production";
// `*.dev.ts(x)` files (the live preview's event stream, the studio, uploads served live) are routes
// and pages only under `next dev`: a production build does not even see them, nor the code only they import.
const development = process.env.NODE_ENV === "development";
const devOnlyExtensions = development ? ["dev.tsx", "dev.ts"] : [];
// Under `next dev`, uploads come straight from the content folder (app/chapeau-dev/uploads/), before
// public/ is looked at: a copy a build left in public/uploads/ is never served stale.
const devUploads = development ? [{ source: "/uploads/:path*", destination: "/chapeau-dev/uploads/:path*" }] : [];

/** Requests arrive percent-encoded: an address with accents is matched in that form too. */
function bothForms(path: string): string[] {
  return [...new Set([path, encodeURI(path)])];
}

const nextConfig: NextConfig = {
  // A second build (the corpus, the static export) can sit beside the main one.
  distDir: process.env.NEXT_DIST_DIR || (staticExport ? "out" : ".next"),
  trailingSlash: true,
  poweredByHeader: false,
  pageExtensions: [...devOnlyExtensions, "tsx", "ts", "jsx", "js"],
  // `npm run dev` works wherever the editor opens it (localhost, 127.0.0.1, the machine's network
  // address): Next 16 refuses its scripts to any other host, and the live preview never starts.
  allowedDevOrigins: devOrigins(),
  reactStrictMode: true,
  basePath: basePath || undefined,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  images: { unoptimized: true },
  // Types are checked once, by `npm run typecheck` (part of `npm test` and CI), not again by each
  // of the builds a test run makes: it was 5 to 9 s of every build.
  typescript: { ignoreBuildErrors: true },
  // Static generation is most of a build: use every core (Next keeps one for itself by default,
  // which leaves a 2-core machine generating pages on one).
  experimental: {
    cpus: Math.max(1, os.availableParallelism()),
    // Threads rather than child processes, for PostCSS and for static generation: the runtime
    // is loaded once, not once a process (about 380 MB less at peak for 3,000 articles).
    turbopackPluginRuntimeStrategy: "workerThreads",
    workerThreads: true,
    // Next 16 gzips every segment of every page at build time to decide whether to inline small
    // segments into their parent's prefetch response. This site's links do not prefetch (most
    // readers arrive from outside and read one page): 12 % of the build's CPU for nothing.
    prefetchInlining: false,
  },
  ...(staticExport
    ? // Redirects, rewrites and headers do not exist in an export: scripts/write-static-host-files.ts
      // writes them for static hosts, old URLs get HTML redirect pages, and long URLs need no alias.
      { output: "export" as const }
    : {
        async redirects() {
          return contentRedirects().flatMap(({ from, to }) =>
            // Sources and destinations are patterns to Next: written so that they match and lead
            // exactly where the content says (lib/security/redirect-rules.ts).
            bothForms(from).map((source) => ({ source: sourcePattern(source), destination: destinationPattern(to), permanent: true })),
          );
        },
        async rewrites() {
          // Pages whose address is too long for a file name are built under a short alias.
          const beforeFiles = longUrlRewrites().flatMap(({ from, to }) =>
            bothForms(from).map((source) => ({ source: sourcePattern(source), destination: to })),
          );
          return { beforeFiles: [...devUploads, ...beforeFiles], afterFiles: [], fallback: [] };
        },
        async headers() {
          // In development the CSP would block hot reloading; HSTS makes no sense on localhost.
          return production ? [{ source: "/:path*", headers: securityHeaders(embedOrigins()) }] : [];
        },
      }),
};

export default nextConfig;
