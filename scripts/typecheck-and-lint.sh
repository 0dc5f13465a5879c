#!/bin/sh
# `npm run typecheck` and `npm run lint` side by side: each keeps one core busy (tsc and ESLint's
# type-aware rules are single-threaded; ESLint's own --concurrency was slower, each thread
# building the TypeScript program again), so together they take as long as the longer of the two.
# Fails when either fails.
cd "$(dirname "$0")/.."
npm run --silent typecheck &
typecheck=$!
npm run --silent lint
lint=$?
wait $typecheck
typecheck=$?
[ $typecheck -eq 0 ] && [ $lint -eq 0 ]
