#!/usr/bin/env bash
# kg build at scale, before and after, in one run: builds this checkout's kg and the kg of a baseline revision
# (default: 870e5c9, main when the issue-13 work began), then `kg bench build` on 10k, 50k and 100k generated
# articles; the baseline builds the sizes up to --baseline-up-to (its memory grows with the corpus: about 2.6 GiB
# per 10k articles, so 100k does not fit this 24 GiB machine). Writes bench/results/build-scale.md.
# Usage: [SIZES=10000,50000,100000] [BASELINE_UP_TO=10000] bench/build-scale.sh [BASELINE_REV] [extra kg bench build options]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rev="${1:-870e5c9}"; shift || true
sizes="${SIZES:-10000,50000,100000}"
upto="${BASELINE_UP_TO:-10000}"
base="$root/.tools/kg-baseline-$rev"
if [ ! -f "$base/kg/kg.dll" ]; then
  rm -rf "$base/src" && mkdir -p "$base/src"
  git archive "$rev" | tar -x -C "$base/src"
  dotnet build "$base/src/src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj" -c Release -o "$base/kg" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
fi
out="$root/.tools/kg-bench"
dotnet build src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o "$out" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
tmp="$(mktemp)"
{
  echo "# kg build at scale: before and after (issue 13)"
  echo
  echo "Produced by \`SIZES=$sizes BASELINE_UP_TO=$upto bench/build-scale.sh $rev ${*-}\` on $(date -u +%Y-%m-%d) (commit $(git rev-parse --short HEAD), baseline $rev, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start)."
  echo
  dotnet "$out/kg.dll" bench build --sizes "$sizes" --baseline "$base/kg/kg.dll" --baseline-up-to "$upto" "$@"
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} > "$tmp"
mkdir -p bench/results
mv "$tmp" bench/results/build-scale.md
cat bench/results/build-scale.md
