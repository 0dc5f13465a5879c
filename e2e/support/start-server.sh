#!/bin/sh
# `next start` for one build folder, with the search index made from that build.
#   sh e2e/support/start-server.sh <build folder> <port>
# `next start` serves the index from public/pagefind/, one folder for every build of this checkout,
# while the test builds are of different content (the fixture site, the corpus, content/): each
# test build keeps its own index in <build folder>/pagefind (SEARCH_INDEX_OUT) and its server puts
# it in place when it starts, so a project tested alone searches the site it was built from.
# Uploads likewise: public/uploads/ holds what the last build published, so the server publishes
# again the uploads of the content it serves (CONTENT_DIR, from playwright.config.ts).
set -e
cd "$(dirname "$0")/../.."
dist=$1
port=$2
sh scripts/content-source.sh check "$dist" "the npm script that builds it (npm run test:build:site, build:corpus, test:smoke)"
if [ -d "$dist/pagefind" ]; then
  rm -rf public/pagefind
  cp -R "$dist/pagefind" public/pagefind
fi
node --import tsx scripts/publish-uploads.ts >/dev/null
exec node_modules/.bin/next start -p "$port" -H 127.0.0.1
