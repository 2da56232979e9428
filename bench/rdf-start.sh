#!/usr/bin/env bash
# Start-up benchmark (issue 14): how long `kg serve` takes to answer its first /health with 200, and its memory then,
# on the same data loaded from the binary store (graph.kgstore) and re-parsed from the Turtle dump, in one run.
# Usage: bench/rdf-start.sh [--triples N] [--rounds R] [--work DIR]
#   (defaults: 10,000,000 triples shaped like kg output, 1 round, bench/work/start)
# Writes bench/results/start.md. Needs curl and /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
triples=10000000; rounds=1; work="$root/bench/work/start"
while [ $# -gt 0 ]; do
  case "$1" in
    --triples) triples="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "bench/rdf-start.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v curl >/dev/null || { echo "bench/rdf-start.sh: curl is missing: apt-get install curl" >&2; exit 2; }
out="$root/.tools/kg-bench"
dotnet build src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o "$out" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
kg() { dotnet "$out/kg.dll" "$@"; }
mkdir -p "$work/binary" "$work/text"
nt="$work/data-$triples.nt"
if [ ! -f "$nt" ]; then
  echo "generating $triples triples..." >&2
  kg bench rdf --step generate-kg --input "$nt" --triples "$triples" >&2
fi
if [ ! -f "$work/text/graph.ttl" ] || [ "$nt" -nt "$work/text/graph.ttl" ]; then
  echo "converting to Turtle..." >&2
  rm -f "$work/binary/graph.ttl" "$work/binary/graph.kgstore"
  /usr/bin/time -f "convert: %e s, %M KiB peak" dotnet "$out/kg.dll" convert "$nt" "$work/text/graph.ttl" 2>&1 | tail -1 >&2
fi
# the same dump in both folders (a hard link); only the binary folder has graph.kgstore beside it
[ -f "$work/binary/graph.ttl" ] || ln "$work/text/graph.ttl" "$work/binary/graph.ttl"
if [ ! -f "$work/binary/graph.kgstore" ]; then
  echo "writing the binary store..." >&2
  /usr/bin/time -f "kgstore: %e s, %M KiB peak" dotnet "$out/kg.dll" bench rdf --step kgstore --input "$work/binary/graph.ttl" 2>&1 | tail -2 >&2
fi
statements=$(grep -c . "$nt" || true)

# One start: spawn kg serve, poll /health every 50 ms, report seconds to the first 200 and the process's memory then.
start_once() {
  local mode="$1" port=$((5390 + RANDOM % 400))
  local begin end pid
  begin=$(date +%s.%N)
  dotnet "$out/kg.dll" serve --data "$work/$mode" --urls "http://127.0.0.1:$port" --quiet >"$work/serve-$mode.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" 2>/dev/null | grep -q 200; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "kg serve ($mode) exited: $(cat "$work/serve-$mode.log")" >&2; return 1; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  local rss hwm cpu
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
  # user + system CPU seconds of the server process so far (fields 14 and 15 of /proc/PID/stat, in clock ticks):
  # on a shared machine the wall time depends on the other load, the CPU time much less
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%s %.2f %s %d %d\n' "$mode" "$(echo "$end - $begin" | bc -l)" "$cpu" "$((rss / 1024))" "$((hwm / 1024))"
}

results=()
for r in $(seq 1 "$rounds"); do
  for mode in binary text; do
    line=$(start_once "$mode")
    echo "round $r: $line" >&2
    results+=("$line")
  done
done

report="$root/bench/results/start.md"
{
  echo "# kg serve start-up: binary store against Turtle re-parse"
  echo
  echo "\`bash bench/rdf-start.sh --triples $triples --rounds $rounds\` on $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Data: $statements statements shaped like kg output (\`kg bench rdf --step generate-kg\`), converted to Turtle with \`kg convert\`"
  echo "($(du -m "$work/text/graph.ttl" | cut -f1) MiB); the binary store beside it is $(du -m "$work/binary/graph.kgstore" | cut -f1) MiB."
  echo "Each row is one \`kg serve --data DIR\` process: seconds from spawn to the first \`/health\` 200, the CPU time the"
  echo "process had used by then (user + system: the fairer figure when other work shares the cores), its resident memory then and its peak."
  echo
  echo "| round | loaded from | ready, wall (s) | CPU at ready (s) | RSS at ready (MiB) | peak RSS (MiB) |"
  echo "|---|---|---:|---:|---:|---:|"
  i=0
  for line in "${results[@]}"; do
    read -r mode secs cpu rss hwm <<<"$line"
    label=$([ "$mode" = binary ] && echo "graph.kgstore (binary)" || echo "graph.ttl (Turtle re-parse)")
    echo "| $((i / 2 + 1)) | $label | $secs | $cpu | $rss | $hwm |"
    i=$((i + 1))
  done
} >"$report"
cat "$report"
