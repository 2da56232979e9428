#!/usr/bin/env bash
# kg build --update against a full rebuild (issue 13): copies the build folder OUT, adds the articles of NEW to the copy
# with --update, and (unless FULL=0) builds every article of OUT plus NEW from scratch into a new folder; prints both
# runs' figures (kg build --stats), CPU seconds stage by stage side by side, and compares the two graph.nt files
# statement by statement.
# Usage: [FULL=0] [KEEP=1] bench/build-update.sh OUT NEW_ARTICLES_FOLDER ORIGINAL_INPUT...
# KEEP=1 keeps the working folder (both builds, their figures, the sorted graph.nt files) and prints its path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kg="${KG:-$root/.tools/kg/kg.dll}"
out="$1"; new="$2"; shift 2
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then echo "working folder (kept): $work"; else trap 'rm -rf "$work"' EXIT; fi
cp -a "$out" "$work/update"
figures() { grep -E '^(articles|statements|analysed|stat-(elapsed|cpu)-seconds|stat-peak-memory-bytes):' "$1"; }
echo "## --update: $(ls "$new" | wc -l) articles added to $out"
dotnet "$kg" build --update "$work/update" "$new" --format ttl,nt --stats > "$work/update.txt"
figures "$work/update.txt"
if [ "${FULL:-1}" != 0 ]; then
  echo "## full rebuild of the same articles into a new folder"
  dotnet "$kg" build "$@" "$new" -o "$work/full" --format ttl,nt --stats > "$work/full.txt"
  figures "$work/full.txt"
  echo "## CPU seconds by stage: --update | full rebuild"
  stages() { sed -n 's/^stat-stage-\(.*\)-cpu-seconds: /\1 /p' "$1" | sort; }
  join -a1 -a2 -e - -o 0,1.2,2.2 <(stages "$work/update.txt") <(stages "$work/full.txt") | column -t
  LC_ALL=C sort "$work/update/graph.nt" > "$work/u.nt"
  LC_ALL=C sort "$work/full/graph.nt" > "$work/f.nt"
  echo "statements only in the update: $(LC_ALL=C comm -23 "$work/u.nt" "$work/f.nt" | wc -l)"
  echo "statements only in the full rebuild: $(LC_ALL=C comm -13 "$work/u.nt" "$work/f.nt" | wc -l)"
  LC_ALL=C comm -3 "$work/u.nt" "$work/f.nt" | head -${SHOW:-10}
fi
