#!/usr/bin/env bash
# Load benchmark of `kg serve` (not a test), side by side with Virtuoso Open Source 7 on the same data and queries.
#
#   bench/serve-load.sh [--data OUT] [--duration 60s] [--connections 32] [--output bench/results/serve-load.md]
#
# 1. wrk, --connections connections for --duration, on a lookup (one person's labels) and on a three-way join
#    (meeting attendee -> post held -> post title), GET /sparql?query=… with Accept: application/sparql-results+json: requests/s,
#    latency percentiles, errors (socket errors and non-2xx answers), server RSS before and after.
# 2. The four-way cross product SELECT (COUNT(*) …) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } sent 8 times at once
#    while another client keeps asking a trivial ASK: status and time of each of the 8, ASK latencies (count, median,
#    max, failures), and peak server RSS (sampled every 0.2 s).
# The same for Virtuoso (scripts/virtuoso.sh, own loopback ports and database under .tools/virtuoso, bulk-loaded with
# the N-Triples dump that kg serve itself gives at /dump/graph.nt), asked with its `timeout` parameter at kg's 30 s.
# The data is a fresh build of seeds/ unless --data gives a kg build folder. Needs wrk (apt-get install -y wrk) and
# curl. Stops what it started. The machine it runs on may be shared: the load average is recorded with the results.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data=""; duration=60s; connections=32; output="bench/results/serve-load.md"
command_line="bench/serve-load.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "serve-load.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
work="$(mktemp -d)"
kg_port="${KG_LOAD_PORT:-5392}"
export KG_VIRTUOSO_HTTP_PORT="${KG_VIRTUOSO_HTTP_PORT:-18990}" KG_VIRTUOSO_SQL_PORT="${KG_VIRTUOSO_SQL_PORT:-11311}"
# The seeds graph is 2,500 statements: 20,000 buffers (about 160 MB) hold it many times over.
export KG_VIRTUOSO_BUFFERS="${KG_VIRTUOSO_BUFFERS:-20000}"
kg_pid=""; started_virtuoso=0
cleanup() {
  [ -n "$kg_pid" ] && kill "$kg_pid" 2>/dev/null || true
  [ "$started_virtuoso" = 1 ] && scripts/virtuoso.sh stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

./kg --help >/dev/null   # builds .tools/kg when sources changed
if [ -z "$data" ]; then data="$work/seeds"; dotnet .tools/kg/kg.dll build seeds -o "$data" --format trig >/dev/null; fi

rss_mb() { awk '/^VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "-"; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

P='PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>'
lookup="$P SELECT ?l WHERE { <https://w3id.org/kgnews/id/person/vladimir-poutine> rdfs:label ?l }"
join="$P SELECT ?m ?p ?title WHERE { ?m schema:attendee ?p . ?p org:holds ?post . ?post rdfs:label ?title }"
cross='SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }'
ask='ASK { ?s ?p ?o }'

# rows URL: the number of solutions in a JSON answer (to check both servers give the same answer to the wrk queries).
rows() { curl -s -H 'Accept: application/sparql-results+json' "$1" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["results"]["bindings"]))' 2>/dev/null || echo "?"; }

# wrk_run NAME URL: one wrk run; prints a Markdown row fragment "req/s | p50 | p99 | errors".
wrk_run() {
  local out="$work/wrk-$1.txt"
  wrk -t2 -c"$connections" -d"$duration" --latency -H 'Accept: application/sparql-results+json' "$2" >"$out" 2>&1 || true
  local rps p50 p99 non2xx sock
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out"); p99=$(awk '$1=="99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$out"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ {gsub(",", ""); s=0; for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+$/) s+=$i; print s}' "$out"); sock=${sock:-0}
  local total; total=$(awk '/requests in/ {print $1}' "$out")
  echo "$(rows "$2") | $rps | $p50 | $p99 | $total | $((non2xx + sock))"
}

# storm NAME ENDPOINT EXTRA PID: 8 cross products at once + an ASK loop; prints result lines into $work/storm-NAME.md
storm() {
  local name="$1" endpoint="$2" extra="$3" pid="$4" dir="$work/storm-$1"
  mkdir -p "$dir"
  local peak_file="$dir/peak"; echo 0 >"$peak_file"
  ( while kill -0 "$pid" 2>/dev/null; do r=$(rss_mb "$pid"); [ "$r" != "-" ] && [ "$r" -gt "$(cat "$peak_file")" ] && echo "$r" >"$peak_file"; sleep 0.2; done ) &
  local sampler=$!
  local before; before=$(rss_mb "$pid")
  ( while [ ! -f "$dir/stop" ]; do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 -H 'Accept: application/sparql-results+json' \
        "$endpoint?query=$(enc "$ask")$extra" >>"$dir/ask.txt" || echo "000 60" >>"$dir/ask.txt"
    done ) &
  local asker=$!
  local pids=()
  for i in 1 2 3 4 5 6 7 8; do
    curl -s -o "$dir/cross-$i.body" -w '%{http_code} %{time_total}\n' --max-time 120 -H 'Accept: application/sparql-results+json' \
      "$endpoint?query=$(enc "$cross")$extra" >"$dir/cross-$i.txt" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
  sleep 5   # the ASK client goes on a moment after the storm
  touch "$dir/stop"; wait "$asker" || true
  local after; after=$(rss_mb "$pid")
  kill "$sampler" 2>/dev/null || true
  local statuses times
  statuses=$(cat "$dir"/cross-*.txt | awk '{print $1}' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  times=$(cat "$dir"/cross-*.txt | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {printf "%.1f–%.1f s", a[1], a[NR]}')
  local asks; asks=$(sort -k2,2n "$dir/ask.txt" | awk '{n++; if ($1 != 200) f++; t[n]=$2} END {printf "%d asked, %d failed, median %.3f s, max %.2f s", n, f+0, t[int((n+1)/2)], t[n]}')
  echo "| $name | $statuses | $times | $asks | $before MB | $(cat "$peak_file") MB | $after MB |" >"$work/storm-$name.md"
  # What one of the eight got back, for the notes under the table.
  echo "- $name, first cross product's answer: \`$(head -c 160 "$dir/cross-1.body" | tr '\n' ' ')\`" >"$work/answer-$name.md"
}

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
load_start=$(load_avg)

# --- kg serve ---
dotnet .tools/kg/kg.dll serve --data "$data" --urls "http://127.0.0.1:$kg_port" --quiet >"$work/kg.log" 2>&1 &
kg_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$kg_port/health"; do kill -0 "$kg_pid" || { cat "$work/kg.log" >&2; exit 3; }; sleep 0.3; done
kg_ep="http://127.0.0.1:$kg_port/sparql"
curl -s -o "$work/graph.nt" "http://127.0.0.1:$kg_port/dump/graph.nt"
statements=$(wc -l <"$work/graph.nt")
kg_rss0=$(rss_mb "$kg_pid")
kg_lookup=$(wrk_run kg-lookup "$kg_ep?query=$(enc "$lookup")")
kg_join=$(wrk_run kg-join "$kg_ep?query=$(enc "$join")")
kg_rss1=$(rss_mb "$kg_pid")
storm kg "$kg_ep" "" "$kg_pid"
kill "$kg_pid"; wait "$kg_pid" 2>/dev/null || true; kg_pid=""

# --- Virtuoso, same dump, same queries ---
scripts/virtuoso.sh start >/dev/null; started_virtuoso=1
load_ms=$(scripts/virtuoso.sh load "$work/graph.nt")
v_pid=$(scripts/virtuoso.sh pid)
v_ep="http://127.0.0.1:$KG_VIRTUOSO_HTTP_PORT/sparql"
v_rss0=$(rss_mb "$v_pid")
v_lookup=$(wrk_run v-lookup "$v_ep?query=$(enc "$lookup")")
v_join=$(wrk_run v-join "$v_ep?query=$(enc "$join")")
v_rss1=$(rss_mb "$v_pid")
storm virtuoso "$v_ep" "&timeout=30000" "$v_pid"
scripts/virtuoso.sh stop >/dev/null 2>&1; started_virtuoso=0
load_end=$(load_avg)

mkdir -p "$(dirname "$output")"
{
  echo "# \`kg serve\` under load, beside Virtuoso"
  echo
  echo "Command: \`$command_line\` — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $load_start at the start, $load_end at the end"
  echo "(the machine is shared with other work: absolute figures are low and noisy; the two servers ran one after the other"
  echo "under the same conditions). Data: $statements statements (the seeds graph; Virtuoso bulk-loaded kg's own /dump/graph.nt"
  echo "in $load_ms ms). wrk: 2 threads, $connections connections, $duration per query, GET with Accept: application/sparql-results+json."
  echo
  echo "| server | query | rows in the answer | requests/s | p50 | p99 | requests | errors (socket + non-2xx) |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| kg serve | lookup | $kg_lookup |"
  echo "| kg serve | 3-way join | $kg_join |"
  echo "| Virtuoso 7 | lookup | $v_lookup |"
  echo "| Virtuoso 7 | 3-way join | $v_join |"
  echo
  echo "Resident memory: kg serve $kg_rss0 MB before wrk, $kg_rss1 MB after; Virtuoso $v_rss0 MB before, $v_rss1 MB after."
  echo
  echo "Eight four-way cross products \`$cross\` at once, while one client keeps asking \`$ask\` (kg: its 30 s timeout and"
  echo "row budgets; Virtuoso: \`timeout=30000\`):"
  echo
  echo "| server | 8 cross products: status | their times | ASK meanwhile | RSS before | peak RSS | RSS after |"
  echo "|---|---|---|---|---|---|---|"
  cat "$work/storm-kg.md" "$work/storm-virtuoso.md"
  echo
  cat "$work/answer-kg.md" "$work/answer-virtuoso.md"
  echo
  echo "Lookup: \`$lookup\`"
  echo
  echo "Join: \`$join\`"
} >"$output"
cat "$output"
