#!/bin/sh
# Turbopack's compilation cache (<build files>/cache/turbopack) serves one configuration of the
# site: another's, found in place, is worse than none (the fixture site under /blog compiled in
# 24 s over the root site's cache, 17 s from nothing, 4 s over its own). The build files of a
# static export go to .next whatever its distDir, like those of `npm run build`: without this,
# alternating `npm run build` and `build:static`, or a site and its /blog variant, compiles
# everything each time. So each configuration keeps its own cache, the others set aside beside the
# one in use (cache/turbopack-<key>), the three most recently used at most.
# A `next build` started without scripts/next-build.sh leaves the record of which configuration
# the cache is for (cache/turbopack-of) unchanged: the next build here may then find it
# mislabelled and compile from nothing, never wrongly.
#   sh scripts/compile-cache.sh     before `next build` (scripts/next-build.sh)
set -e
# The configuration as next.config.ts reads it (BASE_PATH without its trailing slashes, an export
# only for STATIC_EXPORT=1, distDir's default for the mode), the content apart (not compiled in).
if [ "${STATIC_EXPORT:-}" = 1 ]; then export=1; files=.next; dist=${NEXT_DIST_DIR:-out}; else export=0; files=${NEXT_DIST_DIR:-.next}; dist=$files; fi
base=$(printf '%s' "${BASE_PATH:-}" | sed 's#/*$##')
key=$(printf 'base=%s export=%s dist=%s' "$base" "$export" "$dist" | cksum | cut -d' ' -f1)
cache=$files/cache
# A build under way in this folder (Next's lock, removed when a build ends): nothing is moved.
if [ -e "$files/lock" ] || [ -e "$dist/lock" ]; then exit 0; fi
mkdir -p "$cache"
# Which configuration the cache in use was made for; one from before this script is taken as ours.
current=$(cat "$cache/turbopack-of" 2>/dev/null || true)
[ -n "$current" ] || current=$key
if [ "$current" != "$key" ]; then
  if [ -d "$cache/turbopack" ]; then rm -rf "$cache/turbopack-$current"; mv "$cache/turbopack" "$cache/turbopack-$current"; fi
  if [ -d "$cache/turbopack-$key" ]; then mv "$cache/turbopack-$key" "$cache/turbopack"; fi
  # The oldest set aside go: each is 60 to 170 MB.
  ls -dt "$cache"/turbopack-[0-9]* 2>/dev/null | tail -n +4 | while read -r old; do rm -rf "$old"; done
fi
echo "$key" > "$cache/turbopack-of"
