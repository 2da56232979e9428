#!/usr/bin/env bash
# The test command: installs the outside checkers the tests use (idempotent), starts a local
# Neo4j for the end-to-end tests, runs every test project, and stops what it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-tools.sh
# The query page's YASGUI (npm) and the browser test's playwright-core (npm) + chromium; without them / shows the
# plain form and the browser test skips with the reason, the rest of the tests still run.
bash scripts/install-yasgui.sh || echo "test.sh: YASGUI not installed; the browser test will fail" >&2
bash scripts/install-browser.sh || echo "test.sh: headless browser not installed; the browser test will be skipped" >&2
started_neo4j=0
if [ -x scripts/neo4j.sh ] && [ "${KG_SKIP_NEO4J:-0}" != 1 ]; then
  if bash scripts/neo4j.sh start; then started_neo4j=1; export KG_NEO4J_URI=bolt://127.0.0.1:7687; fi
fi
cleanup() {
  if [ "$started_neo4j" = 1 ]; then bash scripts/neo4j.sh stop || true; fi
  [ -n "${seeds_out:-}" ] && rm -rf "$seeds_out"
}
trap cleanup EXIT
dotnet build KnowledgeGraph.sln -c Release -nologo -v q -clp:ErrorsOnly
# The Jena cross-check of the SPARQL engine runs on the real seeds graph, built fresh.
seeds_out="$(mktemp -d)"
dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll build seeds -o "$seeds_out" --format ttl,trig >/dev/null
export KG_CROSSCHECK_DATA="$seeds_out/graph.ttl"
status=0
dotnet test KnowledgeGraph.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee /tmp/kg-test-output.txt || status=$?
# One plain closing line for CI readers: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i=1;i<=NF;i++) { if ($i=="Failed:") f+=$(i+1); if ($i=="Passed:") p+=$(i+1); if ($i=="Skipped:") s+=$(i+1) } }
     END { gsub(",","",p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' /tmp/kg-test-output.txt
exit $status
