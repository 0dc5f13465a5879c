#!/bin/sh
# Turbopack's compilation cache (<build files>/cache/turbopack) serves one configuration of the
# site: another's, found in place, is worse than none (the fixture site under /blog compiled in
# 24 s over the root site's cache, 17 s from nothing, 4 s over its own). The build files of a
# static export go to .next whatever its distDir, like those of `npm run build`: without this,
# alternating `npm run build` and `build:static`, or a site and its /blog variant, compiles
# everything each time. So each configuration keeps its own cache, set aside beside the one in use.
#   sh scripts/compile-cache.sh     before `next build` (scripts/next-build.sh)
set -e
if [ "${STATIC_EXPORT:-}" = 1 ]; then files=.next; else files=${NEXT_DIST_DIR:-.next}; fi
# What the configuration depends on in next.config.ts, the content apart (not compiled in).
key=$(printf 'base=%s export=%s dist=%s' "${BASE_PATH:-}" "${STATIC_EXPORT:-}" "${NEXT_DIST_DIR:-}" | cksum | cut -d' ' -f1)
cache=$files/cache
mkdir -p "$cache"
# The configuration the cache in use was made for (turbopack-of); one from before this script is taken as ours, as Next would.
current=$(cat "$cache/turbopack-of" 2>/dev/null || echo "$key")
if [ "$current" != "$key" ]; then
  if [ -d "$cache/turbopack" ]; then rm -rf "$cache/turbopack-$current"; mv "$cache/turbopack" "$cache/turbopack-$current"; fi
  if [ -d "$cache/turbopack-$key" ]; then mv "$cache/turbopack-$key" "$cache/turbopack"; fi
fi
echo "$key" > "$cache/turbopack-of"
