#!/bin/sh
# Publishes the uploads, then `next build` with a bounded JavaScript heap. Static generation runs
# in worker threads that share the V8 flags of the build process; left to itself V8 gives each a
# 4 GB limit here and lets it grow long before collecting: a 10,000-article build peaked at
# 2.5 GB. The heaps grow to their bound before V8 collects seriously, so the bound sets the peak:
# 10,000 articles peaked at 2,278 MB with 1,280 MB a thread and at 1,851 MB with 640 MB, in the
# same time (604 against 699 s; 1,000 articles built as fast with 300 MB). The default is 640 MB
# a thread up to 10,000 content files (the extensions lib/content/load.ts reads), and in
# proportion beyond: a guess past what was measured (docs/performance.md). A machine with memory
# to spare, or a site that needs more, sets it:
#   CHAPEAU_BUILD_HEAP_MB=1280 npm run build
# A --max-old-space-size already in NODE_OPTIONS comes later on the command line and wins.
set -e
cd "$(dirname "$0")/.."
# The uploads this build publishes (only those published pages use) and their image variants,
# whatever command started the build (npm run build, build:static, the leak and hostile tests).
node --import tsx scripts/publish-uploads.ts
# The compilation cache made for this configuration, if one was set aside.
sh scripts/compile-cache.sh
files=$(find "${CONTENT_DIR:-content}" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.mdx' \) 2>/dev/null | wc -l)
heap=${CHAPEAU_BUILD_HEAP_MB:-$(( files > 10000 ? 640 * files / 10000 : 640 ))}
export NODE_OPTIONS="--max-old-space-size=$heap${NODE_OPTIONS:+ $NODE_OPTIONS}"
# Its errors pass through a copy, read if it fails: a heap that reached its bound gets a plain
# sentence saying which bound, and how to raise it.
errors=$(mktemp)
{ { code=0; node_modules/.bin/next build "$@" 2>&1 1>&3 || code=$?; echo "$code" > "$errors.status"; } | tee "$errors" >&2; } 3>&1
status=$(cat "$errors.status")
if [ "$status" -ne 0 ] && grep -q "heap out of memory" "$errors"; then
  echo "next build ran out of JavaScript heap ($heap MB a thread for $files content files): CHAPEAU_BUILD_HEAP_MB=$((heap * 2)) npm run build gives it more" >&2
fi
rm -f "$errors" "$errors.status"
[ "$status" -eq 0 ] || exit "$status"
# A test build in a folder shared by several contents says which it was made from.
sh scripts/content-source.sh write "${NEXT_DIST_DIR:-.next}"
