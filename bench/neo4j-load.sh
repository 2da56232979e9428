#!/usr/bin/env bash
# Neo4j load benchmark: the batched MERGE loader beside a one-statement-per-triple baseline, in one run.
# Starts the local Neo4j (scripts/neo4j.sh) if needed, WIPES its database, and writes bench/results/neo4j-load.md.
# Usage: bench/neo4j-load.sh [--triples N] [--baseline-triples N] [--batch-size N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=0
if ! bash scripts/neo4j.sh status >/dev/null 2>&1; then bash scripts/neo4j.sh start; started=1; fi
cleanup() { if [ "$started" = 1 ]; then bash scripts/neo4j.sh stop || true; fi; }
trap cleanup EXIT
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--triples 1000000 --baseline-triples 10000)
./kg bench neo4j --uri "${KG_NEO4J_URI:-bolt://127.0.0.1:7687}" "${args[@]}" -o bench/results/neo4j-load.md
{
  echo
  echo "Run with \`bench/neo4j-load.sh ${args[*]}\` on $(date -u +%Y-%m-%d); machine load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores."
} >> bench/results/neo4j-load.md
