#!/usr/bin/env bash
# SPARQL benchmark: kg and Jena ARQ side by side on a generated graph of ~1M triples.
# Writes bench/results/sparql.md. Extra arguments go to `kg bench sparql` (e.g. --triples 2000000 --runs 7).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-tools.sh
dotnet build src/KnowledgeGraph.Cli -c Release -v q -nologo >/dev/null
exec dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll bench sparql "$@"
