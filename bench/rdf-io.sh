#!/usr/bin/env bash
# RDF I/O benchmark: kg against rapper and Jena riot on one generated N-Triples file, in one run.
# Usage: bench/rdf-io.sh [--triples N] [--out DIR]   (defaults: 1,000,000 triples, bench/results/tmp)
# Writes bench/results/rdf-io.md. Needs /usr/bin/time (package time), rapper and Jena (scripts/install-tools.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-tools.sh
command -v /usr/bin/time >/dev/null || { echo "bench/rdf-io.sh: /usr/bin/time is missing: apt-get install time" >&2; exit 2; }
out="$root/.tools/kg-bench"
dotnet build src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o "$out" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
exec dotnet "$out/kg.dll" bench rdf --report bench/results/rdf-io.md "$@"
