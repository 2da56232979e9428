#!/usr/bin/env bash
# Installs, once, the YASGUI query page that `kg serve` shows at / : npm's @zazuko/yasgui (MIT), pinned, into
# <repo>/.tools/yasgui. The server serves its two built files (yasgui.min.js, yasgui.min.css) from there under
# /assets/yasgui/ — no CDN. Run by scripts/test.sh, and by the server's build when the files are missing.
# Without npm or network the build still succeeds and / answers a plain HTML query form instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="4.6.2"
dir="$root/.tools/yasgui"
build="$dir/node_modules/@zazuko/yasgui/build"
if [ -f "$build/yasgui.min.js" ] && [ -f "$build/yasgui.min.css" ] \
   && grep -q "\"version\": \"$version\"" "$dir/node_modules/@zazuko/yasgui/package.json" 2>/dev/null; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-yasgui.sh: npm is not installed (apt-get install -y npm); / will show the plain query form" >&2
  exit 1
fi
mkdir -p "$dir"
tmp="$dir.tmp.$$"
rm -rf "$tmp"; mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
echo '{ "name": "kg-yasgui", "private": true }' > "$tmp/package.json"
npm install --prefix "$tmp" --no-audit --no-fund --loglevel=error --fetch-retries=1 --fetch-timeout=30000 "@zazuko/yasgui@$version" >&2
# Swap in whole, so a half-finished install is never served.
rm -rf "$dir.old"; [ -d "$dir" ] && mv "$dir" "$dir.old"
mv "$tmp" "$dir"; rm -rf "$dir.old"
echo "install-yasgui.sh: @zazuko/yasgui $version in $build" >&2
