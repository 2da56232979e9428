#!/usr/bin/env bash
# kg convert of a ~1 GiB N-Triples file to Turtle, against Jena riot and rapper on the same file, in one run (issue 14):
# wall time and peak RSS of each (GNU time), then a check that kg's Turtle holds every statement (rapper counts it).
# Usage: bench/rdf-convert.sh [--triples N] [--work DIR] [--riot-heap SIZE]
#   (defaults: 9,100,000 statements shaped like kg output, about 1.0 GiB; bench/work/convert; riot -Xmx8g)
# Writes bench/results/convert.md. Needs /usr/bin/time, rapper and Jena (scripts/install-tools.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
triples=9100000; work="$root/bench/work/convert"; heap=8g
while [ $# -gt 0 ]; do
  case "$1" in
    --triples) triples="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --riot-heap) heap="$2"; shift 2 ;;
    *) echo "bench/rdf-convert.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
bash scripts/install-tools.sh
command -v /usr/bin/time >/dev/null || { echo "bench/rdf-convert.sh: /usr/bin/time is missing: apt-get install time" >&2; exit 2; }
out="$root/.tools/kg-bench"
dotnet build src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o "$out" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
mkdir -p "$work"
nt="$work/data-$triples.nt"
[ -f "$nt" ] || dotnet "$out/kg.dll" bench rdf --step generate-kg --input "$nt" --triples "$triples" >&2
statements=$(wc -l <"$nt")
bytes=$(stat -c %s "$nt")
jena_cp="$(cat "$root/.tools/jena.classpath")"

declare -A command=(
  [kg]="dotnet $out/kg.dll convert $nt $work/out-kg.ttl"
  [riot]="java -Xmx$heap -cp $jena_cp riotcmd.riot --output=turtle $nt > $work/out-riot.ttl"
  [rapper]="rapper -q -i ntriples -o turtle $nt > $work/out-rapper.ttl"
)
declare -A result
for tool in kg riot rapper; do
  echo "$tool: ${command[$tool]}" >&2
  rm -f "$work/out-$tool.ttl"
  if /usr/bin/time -o "$work/time-$tool.txt" -f "%e %M %U %S" bash -c "${command[$tool]}" 2>"$work/err-$tool.txt"; then
    read -r secs kib user sys <"$work/time-$tool.txt"
    result[$tool]="$secs $((kib / 1024)) $(stat -c %s "$work/out-$tool.ttl") $(echo "$user + $sys" | bc -l)"
  else
    result[$tool]="failed 0 0 0"
    tail -3 "$work/err-$tool.txt" >&2
  fi
  echo "$tool: ${result[$tool]}" >&2
done
count_ttl() { rapper -i turtle -c "$1" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p' | head -1; }
kg_count=$(count_ttl "$work/out-kg.ttl")
rapper_count=$(count_ttl "$work/out-rapper.ttl")

report="$root/bench/results/convert.md"
{
  echo "# kg convert: N-Triples to Turtle in bounded memory"
  echo
  echo "\`bash bench/rdf-convert.sh --triples $triples\` on $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Input: $statements statements shaped like kg output (\`kg bench rdf --step generate-kg\`), $((bytes / 1048576)) MiB of N-Triples."
  echo "Each tool runs once, one after the other, under \`/usr/bin/time -f '%e %M %U %S'\` (wall seconds, peak RSS, CPU"
  echo "seconds: user + system, the fairer figure when other work shares the cores)."
  echo
  echo "| tool | command | wall (s) | statements/s (wall) | CPU (s) | peak RSS (MiB) | Turtle written (MiB) |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for tool in kg riot rapper; do
    read -r secs mib size cpu <<<"${result[$tool]}"
    rate=$([ "$secs" = failed ] && echo "–" || printf '%.0f' "$(echo "$statements / $secs" | bc -l)")
    shown="${command[$tool]//$jena_cp/\$(cat .tools/jena.classpath)}"
    echo "| $tool | \`${shown//$root\//}\` | $secs | $rate | $cpu | $mib | $((size / 1048576)) |"
  done
  echo
  echo "rapper reads kg's Turtle back as $kg_count statements, and its own as $rapper_count (the input's $statements lines repeat a few statements)."
} >"$report"
cat "$report"
