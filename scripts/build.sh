#!/bin/sh
# `npm run build` (and build:static with STATIC_EXPORT=1, build:preview with CHAPEAU_PREVIEW=1):
# the content check, then the uploads and `next build` (scripts/next-build.sh), then the search
# index, and for a static export the files static hosts read. Each step is started here with
# `node --import tsx` rather than through `npm run` and tsx's command line, which cost 0.3 to
# 0.4 s each to start: with them, a warm build of the fixture site took 17.6 s, 12.2 s without
# (scripts/node-script.ts).
set -e
cd "$(dirname "$0")/.."
node --conditions=import --import tsx scripts/check.ts --quiet
sh scripts/next-build.sh
node --import tsx scripts/search-index.mts
if [ "${STATIC_EXPORT:-}" = 1 ]; then
  node --import tsx scripts/write-static-host-files.ts
fi
