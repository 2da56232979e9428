#!/usr/bin/env bash
# SPARQL parser benchmark: our parser (text → algebra) beside Jena ARQ (QueryFactory + Algebra.compile)
# on the same files in the same run. Workloads: every .rq/.ru file of the W3C SPARQL 1.0/1.1 suites
# (positive and negative), and one generated large query (LARGE_PATTERNS triple patterns, FILTERs, VALUES).
# Usage: bench/sparql-parse/run.sh [ROUNDS]   (needs scripts/install-tools.sh to have run, for Jena)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${1:-20}"
large_patterns="${LARGE_PATTERNS:-5000}"
shared="$(cd "$root/.." && pwd)/shared"
[ -d "$shared/w3c" ] || shared="$(cd "$root/../.." && pwd)/shared"
[ -d "$shared/w3c" ] || { echo "W3C suites not found (../shared/w3c)" >&2; exit 1; }
cp_file="$root/.tools/jena.classpath"
[ -f "$cp_file" ] || { echo "$cp_file missing: run scripts/install-tools.sh" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mapfile -t w3c < <(find "$shared/w3c/sparql" \( -name '*.rq' -o -name '*.ru' \) | LC_ALL=C sort)

large="$work/large.rq"
{
  echo "PREFIX ex: <http://example.org/>"
  echo "SELECT ?s0 (COUNT(*) AS ?n) WHERE {"
  for ((i = 0; i < large_patterns; i++)); do
    echo "  ?s$i ex:p$((i % 50)) ?s$((i + 1)) . ?s$i ex:label \"label $i\"@fr ."
    if (( i % 100 == 0 )); then echo "  FILTER(?s$i != ex:x$i && REGEX(STR(?s$i), \"^http\"))"; fi
  done
  echo "  VALUES ?s0 { ex:a ex:b ex:c }"
  echo "} GROUP BY ?s0 ORDER BY DESC(?n) LIMIT 10"
} > "$large"

dotnet build -c Release -v q "$here/KnowledgeGraph.SparqlParseBench" -o "$work/bin" >/dev/null
ours() { /usr/bin/time -f "%M" -o "$work/mem" dotnet "$work/bin/KnowledgeGraph.SparqlParseBench.dll" "$@"; }
jena() { /usr/bin/time -f "%M" -o "$work/mem" java -Xss4m -cp "$(cat "$cp_file")" "$here/JenaParseBench.java" "$@"; }

printf "%-28s %-12s %10s %10s %12s %14s %12s  %s\n" workload parser parses seconds "parses/s" "alloc MB" "peak RSS MB" accepted
row() {
  local workload="$1" name="$2"; shift 2
  local out; out="$("$@")"
  read -r parsed secs rate alloc acc <<<"$out"
  printf "%-28s %-12s %10s %10s %12s %14s %12.0f  %s\n" "$workload" "$name" "$parsed" "$secs" "$rate" "$alloc" "$(( $(cat "$work/mem") / 1024 ))" "${acc#accepted=}"
}
row "w3c (${#w3c[@]} files)" "kg" ours "$rounds" "${w3c[@]}"
row "w3c (${#w3c[@]} files)" "jena-arq" jena "$rounds" "${w3c[@]}"
row "large ($large_patterns x2 patterns)" "kg" ours "$rounds" "$large"
row "large ($large_patterns x2 patterns)" "jena-arq" jena "$rounds" "$large"
