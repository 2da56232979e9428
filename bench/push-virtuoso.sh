#!/usr/bin/env bash
# kg push against Virtuoso's own bulk loader, same data, same run.
#
#   bench/push-virtuoso.sh [--triples 1000000] [--graph-size 1000] [--batch-size 50000] [--parallel 4] [--output FILE.md]
#
# Data: the SPARQL benchmark generator (BenchSparqlDataGenerator through `kg bench sparql`, cached in bench/work)
# writes N triples of French-news-like entities as N-Triples; the triples are then cut into named graphs of
# --graph-size consecutive triples (http://bench.example/graph/K: outside the build's namespace, so kg query --endpoint never sees them), as kg build writes one graph per article,
# into bench/work/push-N/graph.nq. Virtuoso (scripts/virtuoso.sh, loopback) then
#   1. bulk-loads the same triples with ld_dir + rdf_loader_run + checkpoint (`scripts/virtuoso.sh load`, one graph);
#   2. receives them from `kg push --restart --parallel 1` then `--parallel N` through the Graph Store Protocol
#      (/sparql-graph-crud-auth, Digest), a checkpoint after each so that every row includes making the data durable.
# Besides wall time, each row gives the CPU time Virtuoso spent (from /proc/PID/stat) and kg's own CPU time: on a
# machine shared with other work, CPU time is the figure that does not depend on the load.
# Writes the Markdown table to --output (default bench/results/push-virtuoso.md). Stops what it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
triples=1000000; graph_size=1000; batch=50000; parallel=4; output="bench/results/push-virtuoso.md"
command_line="bench/push-virtuoso.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --triples) triples="$2"; shift 2 ;;
    --graph-size) graph_size="$2"; shift 2 ;;
    --batch-size) batch="$2"; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="$root/bench/work"; mkdir -p "$work"
./kg --help >/dev/null   # builds .tools/kg when sources changed
kg_dll="$root/.tools/kg/kg.dll"
started=0
cleanup() { if [ "$started" = 1 ]; then scripts/virtuoso.sh stop || true; fi; }
trap cleanup EXIT

data="$work/kg-bench-$triples.nt"
if [ ! -f "$data" ]; then
  gen_queries="$work/gen-queries"; mkdir -p "$gen_queries"; echo 'ASK {}' > "$gen_queries/ask.rq"
  dotnet "$kg_dll" bench sparql --triples "$triples" --no-jena --runs 1 --warmup 0 --queries "$gen_queries" --work "$work" -o "$work/gen-$triples.md" >/dev/null
fi
dir="$work/push-$triples"; mkdir -p "$dir"
awk -v size="$graph_size" '{ g = int((NR - 1) / size); sub(/ \.[ \t]*$/, ""); print $0 " <http://bench.example/graph/" g "> ." }' "$data" > "$dir/graph.nq"
count=$(wc -l < "$data"); graphs=$(( (count + graph_size - 1) / graph_size ))

if ! scripts/virtuoso.sh status >/dev/null 2>&1; then scripts/virtuoso.sh start; started=1; fi
load_before="$(uptime | sed 's/.*load average: //')"
vpid="$(scripts/virtuoso.sh pid)"
ticks="$(getconf CLK_TCK)"
vcpu() { awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$vpid/stat"; }
v0=$(vcpu)
loader_ms=$(scripts/virtuoso.sh load "$data")
loader_cpu=$(( $(vcpu) - v0 ))
ep_graph_store="$(scripts/virtuoso.sh endpoints | sed -n 's/^graph-store=//p')"
ep_sparql="$(scripts/virtuoso.sh endpoints | sed -n 's/^sparql=//p')"
export KG_ENDPOINT_USER=dba KG_ENDPOINT_PASSWORD=dba
# push P: runs kg push --parallel P then a checkpoint; sets push_ms, push_cp_ms, push_vcpu (Virtuoso), push_kcpu (kg), push_out
push() {
  local v0 t0 t1 t2 times
  v0=$(vcpu); t0=$(date +%s%N)
  times="$(mktemp)"
  push_out="$( { /usr/bin/time -f '%U %S' -o "$times" dotnet "$kg_dll" push --endpoint "$ep_graph_store" --batch-size "$batch" --parallel "$1" --restart "$dir"; } )"
  t1=$(date +%s%N)
  isql-vt "127.0.0.1:${KG_VIRTUOSO_SQL_PORT:-11111}" dba dba exec="checkpoint;" >/dev/null
  t2=$(date +%s%N)
  push_ms=$(((t1 - t0) / 1000000)); push_cp_ms=$(((t2 - t0) / 1000000)); push_vcpu=$(( $(vcpu) - v0 ))
  push_kcpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$times"); rm -f "$times"
}
push 1; p1_ms=$push_ms; p1_cp_ms=$push_cp_ms; p1_vcpu=$push_vcpu; p1_kcpu=$push_kcpu; p1_out="$push_out"
push "$parallel"
stored=$(curl -s -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"http://bench.example/graph/\")) }" "$ep_sparql" | tail -1)
load_after="$(uptime | sed 's/.*load average: //')"
rate() { awk -v n="$count" -v ms="$1" 'BEGIN { printf "%.0f", n / (ms / 1000) }'; }
secs() { echo "$(($1 / 1000)).$(( ($1 % 1000) / 100 )) s"; }
mkdir -p "$(dirname "$output")"
{
  echo "# kg push vs Virtuoso's bulk loader"
  echo
  echo "Command: \`$command_line\` ($(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), load average before: $load_before)."
  echo
  echo "Data: $count triples from the SPARQL benchmark generator, cut into $graphs named graphs of $graph_size triples"
  echo "(bench/work/push-$triples/graph.nq). Virtuoso Open Source $(virtuoso-t -? 2>&1 | grep -o 'Version [^ ]*' | head -1 | cut -d' ' -f2), on loopback, same server, same run."
  echo
  echo "| loader | what it does | wall time | triples/s (wall) | Virtuoso CPU | triples per Virtuoso CPU second | kg CPU |"
  echo "|---|---|---|---|---|---|---|"
  echo "| Virtuoso bulk loader | \`ld_dir\` + \`rdf_loader_run()\` + \`checkpoint\` of the N-Triples file (one graph, server-side file read) | $(secs "$loader_ms") | $(rate "$loader_ms") | $(secs "$loader_cpu") | $(rate "$loader_cpu") | – |"
  echo "| \`kg push --parallel 1\` + \`checkpoint\` | Graph Store Protocol over HTTP with Digest auth, one PUT per graph (batch $batch), one request at a time | $(secs "$p1_cp_ms") | $(rate "$p1_cp_ms") | $(secs "$p1_vcpu") | $(rate "$p1_vcpu") | $(secs "$p1_kcpu") |"
  echo "| \`kg push --parallel $parallel\` + \`checkpoint\` | the same, $parallel requests in flight (different graphs) | $(secs "$push_cp_ms") | $(rate "$push_cp_ms") | $(secs "$push_vcpu") | $(rate "$push_vcpu") | $(secs "$push_kcpu") |"
  echo
  echo "kg push said: \`$p1_out\` then \`$push_out\`"
  echo
  echo "Triples in the pushed graphs afterwards (SPARQL COUNT): $stored (expected $count; the file may repeat a few lines, and a graph is a set)."
  echo
  echo "Load average after: $load_after."
} > "$output"
cat "$output"
