#!/usr/bin/env bash
# Neo4j load benchmark: the batched MERGE loader beside a one-statement-per-triple baseline, in one run.
# Starts the local Neo4j (scripts/neo4j.sh) if needed, WIPES its database, prints the report, and puts it into
# bench/results/neo4j-load.md between the "latest run" markers (the loader's design notes around them stay).
# Usage: bench/neo4j-load.sh [--triples N] [--baseline-triples N] [--batch-size N] [--compare-uri-ends ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=0
if ! bash scripts/neo4j.sh status >/dev/null 2>&1; then bash scripts/neo4j.sh start; started=1; fi
report="$(mktemp)"
cleanup() { rm -f "$report"; if [ "$started" = 1 ]; then bash scripts/neo4j.sh stop || true; fi; }
trap cleanup EXIT
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--triples 1000000 --baseline-triples 10000)
./kg bench neo4j --uri "${KG_NEO4J_URI:-bolt://127.0.0.1:${KG_NEO4J_BOLT_PORT:-7687}}" "${args[@]}" -o "$report"
{
  echo
  echo "Run with \`bench/neo4j-load.sh ${args[*]}\` on $(date -u +%Y-%m-%d); machine load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores."
} >> "$report"

results=bench/results/neo4j-load.md
begin='<!-- latest run: begin (written by bench/neo4j-load.sh) -->'
end='<!-- latest run: end -->'
if [ -f "$results" ] && grep -qF "$begin" "$results" && grep -qF "$end" "$results"; then
  tmp="$(mktemp "$results.XXXXXX")"
  awk -v begin="$begin" -v end="$end" -v report="$report" '
    $0 == begin { print; print ""; while ((getline line < report) > 0) { sub(/^# Neo4j load benchmark/, "## Latest run", line); print line }; print ""; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$results" > "$tmp"
  mv "$tmp" "$results"
else
  { echo "$begin"; echo; sed 's/^# Neo4j load benchmark/## Latest run/' "$report"; echo; echo "$end"; } > "$results"
fi
echo "bench/neo4j-load.sh: report written into $results" >&2
