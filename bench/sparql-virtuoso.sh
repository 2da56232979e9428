#!/usr/bin/env bash
# SPARQL over HTTP: `kg serve` and Virtuoso Open Source 7 side by side on the same generated graph.
#
#   bench/sparql-virtuoso.sh [--sizes 250000,1000000] [--runs 9] [--warmup 2] [--before KG.DLL] [--output FILE.md] [--only REGEX]
#                            [--library-all]
#
# For each size: generates the graph (BenchSparqlDataGenerator through `kg bench sparql`, cached in bench/work),
# bulk-loads it into Virtuoso (scripts/virtuoso.sh: ld_dir + rdf_loader_run + checkpoint), starts `kg serve` on the
# N-Triples file (and, with --before, a second kg built from an older commit, for before/after rows), then times
# bench/sparql/*.rq and the library queries named in bench/sparql/library-queries.txt (--library-all: every queries/*.rq) over HTTP with bench/sparql-http.py: warm, endpoints interleaved, medians of
# --runs runs, answers compared. Virtuoso is asked with default-graph-uri set to the loaded graph so that its
# system graphs stay out of the dataset. Writes the Markdown table to --output (default bench/results/sparql-virtuoso.md).
# Where the answers differ, Jena's ARQ answers the differing queries on the same file as a third opinion
# (bench/sparql-jena-check.py, needs scripts/install-tools.sh; KG_BENCH_JENA=0 skips it) and the table says which
# endpoints answered as Jena did. Needs python3 (standard library only). Stops what it started. Ports: KG_BENCH_PORT (kg serve, +1 for --before),
# KG_VIRTUOSO_HTTP_PORT and KG_VIRTUOSO_SQL_PORT (Virtuoso), to run beside another session's servers.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=250000,1000000; runs=9; warmup=2; before=""; output="bench/results/sparql-virtuoso.md"; only=""; library_all=0
command_line="bench/sparql-virtuoso.sh $*"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --before) before="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;   # a regular expression on query file names
    --library-all) library_all=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="$root/bench/work"; mkdir -p "$work"
# kg serve is started with tiered compilation off (KG_BENCH_TIERED=1 keeps the .NET default): a long-running server
# wants optimised code from its first queries, and a benchmark's 2 warm-up runs per query leave the query's operators
# in tier-0 (unoptimised) code or being recompiled in the background during the timed runs; measured with
# bench/sparql-cpu.py at 250k: kg's CPU per request 1.0-5.0x lower with it off on 01, 03, 16, meetings-not-held, and
# the JIT's extra work at start is inside the load time reported. Both kg and kg-before get the same setting.
kg_tiered=$([ "${KG_BENCH_TIERED:-0}" = 1 ] && echo 1 || echo 0)
# Idle thread-pool workers spin (sched_yield) for a while before sleeping, waiting for the next work item; on a 2-core
# machine shared by several sessions that CPU is taken from the other processes, Virtuoso included. With the spin off
# (the runtime's DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0, recommended for kg serve on a shared machine), kg's CPU
# per request measured with bench/sparql-cpu.py at 250k fell from 1.37-1.48 to 0.96-1.09 ms on 14-ask and
# 01-lookup-subject (one new connection per request, as here). KG_BENCH_SPIN=1 keeps the default. kg and kg-before alike.
kg_spin=$([ "${KG_BENCH_SPIN:-0}" = 1 ] && echo 70 || echo 0)
kg_port="${KG_BENCH_PORT:-5190}"; before_port=$((kg_port + 1))
v_http="${KG_VIRTUOSO_HTTP_PORT:-18890}"   # scripts/virtuoso.sh reads the same variable
./kg --help >/dev/null   # builds .tools/kg when sources changed
kg_dll="$root/.tools/kg/kg.dll"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  scripts/virtuoso.sh stop || true
}
trap cleanup EXIT

rss_mb() { awk '/^VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "-"; }
hwm_mb() { awk '/^VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "-"; }

# Starts kg serve from DLL on PORT over FILE; prints "pid ms" where ms is the time until the first answer.
start_kg() {
  local dll="$1" port="$2" file="$3" t0 pid
  t0=$(date +%s%N)
  DOTNET_TieredCompilation="$kg_tiered" DOTNET_ThreadPool_UnfairSemaphoreSpinLimit="$kg_spin" dotnet "$dll" serve --data "$file" --urls "http://127.0.0.1:$port" --timeout 10m --limit 100000000 >"$work/serve-$port.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --data-urlencode 'query=ASK {}' "http://127.0.0.1:$port/sparql"; do
    kill -0 "$pid" 2>/dev/null || { echo "kg serve on $port exited; see $work/serve-$port.log" >&2; return 3; }
    sleep 0.2
  done
  echo "$pid $((($(date +%s%N) - t0) / 1000000))"
}

# The generator writes bench/work/kg-bench-N.nt as a side effect of a one-query `kg bench sparql` run.
gen_queries="$work/gen-queries"; mkdir -p "$gen_queries"; echo 'ASK {}' > "$gen_queries/ask.rq"
if [ "$library_all" = 1 ]; then queries=(bench/sparql/*.rq queries/*.rq)
else
  queries=(bench/sparql/*.rq)
  while read -r name; do case "$name" in ''|'#'*) ;; *) queries+=("queries/$name.rq") ;; esac; done < bench/sparql/library-queries.txt
fi
if [ -n "$only" ]; then mapfile -t queries < <(printf "%s\n" "${queries[@]}" | grep -E "$only"); fi
scripts/virtuoso.sh start
vpid="$(scripts/virtuoso.sh pid)"
meta="$work/sparql-virtuoso-meta.txt"; : > "$meta"
IFS=, read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  data="$work/kg-bench-$n.nt"
  [ -f "$data" ] || dotnet "$kg_dll" bench sparql --triples "$n" --no-jena --runs 1 --warmup 0 --queries "$gen_queries" --work "$work" -o "$work/gen-$n.md" >/dev/null
  triples=$(wc -l < "$data")
  load_before="$(uptime | sed 's/.*load average: //')"
  v_load=$(scripts/virtuoso.sh load "$data")
  read -r kpid k_load < <(start_kg "$kg_dll" "$kg_port" "$data"); pids+=("$kpid")
  endpoints=(--endpoint "kg=http://127.0.0.1:$kg_port/sparql")
  if [ -n "$before" ]; then
    read -r bpid b_load < <(start_kg "$before" "$before_port" "$data"); pids+=("$bpid")
    endpoints+=(--endpoint "kg-before=http://127.0.0.1:$before_port/sparql")
  fi
  endpoints+=(--endpoint "virtuoso=http://127.0.0.1:$v_http/sparql?default-graph-uri=urn:kg:bench")
  k_rss0=$(rss_mb "$kpid"); v_rss0=$(rss_mb "$vpid"); b_rss0=""; [ -n "$before" ] && b_rss0=$(rss_mb "$bpid")
  status=0
  python3 bench/sparql-http.py "${endpoints[@]}" --queries "${queries[@]}" --runs "$runs" --warmup "$warmup" --slow-ms "${KG_BENCH_SLOW_MS:-0}" --json "$work/sparql-virtuoso-$n.json" || status=$?
  k_rss1=$(rss_mb "$kpid"); v_rss1=$(rss_mb "$vpid"); b_rss1=""; [ -n "$before" ] && b_rss1=$(rss_mb "$bpid")
  echo "$n triples=$triples kg_load_ms=$k_load virtuoso_load_ms=$v_load before_load_ms=${b_load:-} kg_rss=$k_rss0/$k_rss1/$(hwm_mb "$kpid") virtuoso_rss=$v_rss0/$v_rss1/$(hwm_mb "$vpid") before_rss=${b_rss0}/${b_rss1}/$([ -n "$before" ] && hwm_mb "$bpid") load_avg_before=[$load_before] load_avg_after=[$(uptime | sed 's/.*load average: //')] answers_identical=$([ $status = 0 ] && echo yes || echo NO)" >> "$meta"
  kill "$kpid" 2>/dev/null || true; [ -n "$before" ] && kill "$bpid" 2>/dev/null || true
  # After the memory readings and with the servers stopped: Jena's in-memory load takes minutes and gigabytes.
  if [ "$status" != 0 ] && [ "${KG_BENCH_JENA:-1}" = 1 ] && [ -f .tools/jena.classpath ]; then
    nice python3 bench/sparql-jena-check.py --json "$work/sparql-virtuoso-$n.json" --data "$data" --answers "$work/jena-$n" || true
  fi
  pids=()
  sleep 1
done
python3 bench/sparql-http-table.py --meta "$meta" --work "$work" --command "$command_line" --output "$output"
cat "$output"
