#!/usr/bin/env bash
# Checks the syntax → algebra translation against Jena ARQ's: prints our algebra and Jena's
# (Algebra.compile, before optimisation) for every query of the W3C evaluation suites, and compares
# them after normalising notation (compare_sse.py). Differences left are listed for review.
# Usage: bench/sparql-parse/compare-algebra.sh [N differences to show]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$(cd "$root/.." && pwd)/shared"
[ -d "$shared/w3c" ] || shared="$(cd "$root/../.." && pwd)/shared"
cp_file="$root/.tools/jena.classpath"
[ -f "$cp_file" ] || { echo "$cp_file missing: run scripts/install-tools.sh" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
find "$shared/w3c/sparql" -name '*.rq' | grep -v -e '/syntax-' -e '/syn-' | LC_ALL=C sort > "$work/files"
dotnet build -c Release -v q "$here/KnowledgeGraph.SparqlParseBench" -o "$work/bin" >/dev/null
dotnet "$work/bin/KnowledgeGraph.SparqlParseBench.dll" --print-algebra "$work/files" > "$work/ours"
java -cp "$(cat "$cp_file")" "$here/JenaAlgebra.java" "$work/files" 2>/dev/null > "$work/jena"
python3 "$here/compare_sse.py" "$work/ours" "$work/jena" "${1:-100}"
