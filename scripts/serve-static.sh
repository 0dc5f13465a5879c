#!/usr/bin/env bash
# Serves a static export with Debian's nginx and the shipped deploy/nginx.conf, on loopback.
#   scripts/serve-static.sh <export folder> <port> [base path]
# Used by the end-to-end tests; stops with the process (nginx runs in the foreground).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath "$1")
port=$2
base=${3:-}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "nginx is not installed (apt-get install -y nginx)" >&2; exit 1; }
[ -f "$out/index.html" ] || { echo "$out holds no static export (npm run build:static)" >&2; exit 1; }
sh "$here/scripts/content-source.sh" check "$out" "npm run test:build:static"

prefix=$(mktemp -d /tmp/chapeau-nginx.XXXXXX)
mkdir -p "$prefix/logs" "$prefix/tmp"
webroot=$out
if [ -n "$base" ]; then
  # Served under a sub-path: the export sits at <webroot>/<base>.
  webroot="$prefix/www"
  mkdir -p "$(dirname "$webroot$base")"
  ln -s "$out" "$webroot$base"
fi

sed -e "s#listen 8080;#listen 127.0.0.1:$port;#" \
    -e "s#root /var/www/chapeau/out;#root $webroot;#" \
    -e "s#/var/www/chapeau/out/_nginx/#$out/_nginx/#g" \
    -e "s#location \^~ /_nginx/#location ^~ $base/_nginx/#" \
    -e "s#location /_next/static/#location $base/_next/static/#" \
    -e "s#error_page 404 /404.html;#error_page 404 $base/404.html;#" \
    -e "s#^worker_processes auto;#worker_processes 1;#" \
    "$here/deploy/nginx.conf" > "$prefix/nginx.conf"

exec "$nginx_bin" -p "$prefix" -c "$prefix/nginx.conf" \
  -g "daemon off; pid $prefix/nginx.pid; error_log $prefix/logs/error.log; user root;"
