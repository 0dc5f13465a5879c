#!/bin/sh
# Publishes the uploads, then `next build` with a bounded JavaScript heap. Static generation runs in worker threads that
# share the V8 flags of the build process; left to itself V8 gives each a 4 GB limit here and
# lets it grow long before collecting seriously: a 10,000-article build peaked at 2.5 GB. With
# this bound it stayed under 1.8 GB in November, for about 8 % more time; the code since then
# peaks at 2.0-2.1 GB at that size (docs/performance.md). A larger site, or a machine with memory
# to spare, raises it:
#   CHAPEAU_BUILD_HEAP_MB=4096 npm run build
# A --max-old-space-size already in NODE_OPTIONS comes later on the command line and wins.
set -e
cd "$(dirname "$0")/.."
# The uploads this build publishes (only those published pages use) and their image variants,
# whatever command started the build (npm run build, build:static, the leak and hostile tests).
node --import tsx scripts/publish-uploads.ts
# The compilation cache made for this configuration, if one was set aside.
sh scripts/compile-cache.sh
export NODE_OPTIONS="--max-old-space-size=${CHAPEAU_BUILD_HEAP_MB:-1280}${NODE_OPTIONS:+ $NODE_OPTIONS}"
node_modules/.bin/next build "$@"
# A test build in a folder shared by several contents says which it was made from.
sh scripts/content-source.sh write "${NEXT_DIST_DIR:-.next}"
