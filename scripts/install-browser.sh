#!/usr/bin/env bash
# Installs, once, what the headless-browser test of the query service needs: Debian's chromium (apt-get) and npm's
# playwright-core (pinned) into <repo>/.tools/browser-test. Prints nothing when all is there. Exit 1 (with the reason)
# only when chromium cannot be installed; the test then skips with that message.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="1.65.1"
dir="$root/.tools/browser-test"
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 || true; apt-get install -y -qq chromium >/dev/null; } \
    || { echo "install-browser.sh: chromium could not be installed (apt-get install -y chromium failed)" >&2; exit 1; }
fi
if ! grep -q "\"version\": \"$version\"" "$dir/node_modules/playwright-core/package.json" 2>/dev/null; then
  command -v npm >/dev/null 2>&1 || { echo "install-browser.sh: npm is not installed (apt-get install -y npm)" >&2; exit 1; }
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{ "name": "kg-browser-test", "private": true }' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --fetch-retries=1 --fetch-timeout=30000 "playwright-core@$version" >&2
fi
