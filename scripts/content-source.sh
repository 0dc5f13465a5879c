#!/bin/sh
# Which content a test build was made from. The tests' builds of different content share two
# folders, .next-test (server) and out-test (export), for Turbopack's cache, which is keyed by the
# whole configuration, distDir included; a server started on one refuses a build of other content
# than it was asked for, instead of failing on the wrong pages. Other folders (a site's own
# build, the /blog builds) hold one content each: nothing is written or checked there.
#   sh scripts/content-source.sh write <folder>           after a build (scripts/next-build.sh)
#   sh scripts/content-source.sh check <folder> <command> before serving it; <command> builds it
# The content is CONTENT_DIR (or content/), as a real path.
set -e
mode=$1
folder=$2
case "$(basename "$folder")" in
  .next-test|out-test) ;;
  *) exit 0 ;;
esac
wanted=$(realpath -m "${CONTENT_DIR:-content}")
if [ "$mode" = write ]; then
  echo "$wanted" > "$folder/content-source"
else
  built=$(cat "$folder/content-source" 2>/dev/null || echo "nothing")
  if [ "$built" != "$wanted" ]; then
    echo "$folder holds a build of $built, not of $wanted: run $3 first" >&2
    exit 1
  fi
fi
