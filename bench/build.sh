#!/usr/bin/env bash
# The kg build benchmark: generates a seed-like corpus (bench/corpus: name lists and sentence patterns), runs
# `kg build` (Release) on 2,500, 5,000 and 10,000 articles in child processes, and writes bench/results/build.md
# with articles/s, words/s per core, peak memory, and the peers of the same run (Jena riot, wc -w).
# Usage: bench/build.sh [--sizes 2500,5000,10000] [--corpus DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-tools.sh >/dev/null 2>&1 || echo "warning: install-tools failed; the Jena peer may be missing" >&2
out="$root/.tools/kg-bench"
dotnet build src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o "$out" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
args=("$@")
[[ " ${args[*]-} " == *" --sizes "* ]] || args+=(--sizes 2500,5000,10000)
tmp="$(mktemp)"
{
  echo "# kg build benchmark"
  echo
  echo "Produced by \`bench/build.sh ${*-}\` on $(date -u +%Y-%m-%d) (commit $(git rev-parse --short HEAD), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM)."
  echo
  echo "Corpus: \`kg bench build\` generates seed-like articles from \`bench/corpus/\`: each article has a \` date YYYY-MM-DD\`"
  echo "header and 8–12 paragraphs of 2–4 sentences drawn from \`templates.txt\` (sentence patterns modelled on the five seeds:"
  echo "titles with apposition, quotes with speech verbs, meetings with dates, durations and places), with its own cast of three"
  echo "invented persons (first-names.txt × surnames.txt), two countries with their adjectives and capitals (countries.tsv) and an"
  echo "organization (organizations.txt); fixed seed, so every run builds the same corpus. Each size is built in its own process"
  echo "(\`kg build … --format ttl,nt --stats\`), so its peak RSS (VmHWM) is that build's alone; words/s per core divides by the"
  echo "process CPU time (user + system, all threads). The peers run in the same invocation on the same data."
  echo
  dotnet "$out/kg.dll" bench build "${args[@]}"
} > "$tmp"
mkdir -p bench/results
mv "$tmp" bench/results/build.md
cat bench/results/build.md
