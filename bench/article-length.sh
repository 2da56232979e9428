#!/usr/bin/env bash
# Extraction time against one article's length (issue 9: "extraction time is linear in an article's length"): builds
# single articles of 1, 2, 4 and 8 MB and reports kg build's CPU seconds per MB for each, with a baseline kg.dll (e.g.
# main before a change) on the same files in the same run, and `wc -w` over the same bytes as the floor.
# Two kinds of long text, because they stress different things:
#   seeds      the five seed articles repeated: the same cast of persons, posts and meetings all along (every title and
#              pair reference has hundreds of earlier candidates: the worst case for "who was named before" lookups);
#   generated  articles of the `kg bench build` generator concatenated: a new cast every few paragraphs (a live blog).
# Usage: [SIZES_MB="1 2 4 8"] [BASELINE_UP_TO_MB=4] bench/article-length.sh [--baseline KG_DLL] [--results FILE]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
baseline=""; results=""
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baseline="$2"; shift 2;;
    --results) results="$2"; shift 2;;
    *) echo "usage: bench/article-length.sh [--baseline KG_DLL] [--results FILE]" >&2; exit 2;;
  esac
done
sizes="${SIZES_MB:-1 2 4 8}"
upto="${BASELINE_UP_TO_MB:-4}"
out="$root/.tools/kg-bench"
dotnet build src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o "$out" -nologo -v q -clp:"ErrorsOnly;NoSummary" >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# the generated text: 1,500 generator articles (about 9 MB), built once by `kg bench build` into a kept corpus folder
dotnet "$out/kg.dll" bench build --sizes 1500 --corpus "$work/corpus" --no-jena >/dev/null
python3 - "$root/seeds" "$work/corpus" "$work" $sizes <<'PY'
import glob, os, re, sys
seeds, corpus, work, sizes = sys.argv[1], sys.argv[2], sys.argv[3], [int(s) for s in sys.argv[4:]]
def body(path):
    # drop the " date YYYY-MM-DD" header: the long article gets one date of its own
    text = re.sub(r"^ date \S+ ?", "", open(path, encoding="utf-8").read())
    return text.rstrip("\n") + "\n\n"
sources = {"seeds": [body(p) for p in sorted(glob.glob(os.path.join(seeds, "*.txt")))],
           "generated": [body(p) for p in sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True))]}
for kind, parts in sources.items():
    for mb in sizes:
        limit, chunks, size, i = mb * 1_000_000, [" date 2025-12-01\n\n"], 0, 0
        while size < limit:
            chunks.append(parts[i % len(parts)]); size += len(parts[i % len(parts)].encode("utf-8")); i += 1
        folder = os.path.join(work, f"{kind}-{mb}")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "000_long.txt"), "w", encoding="utf-8").write("".join(chunks))
PY
run() { # kg.dll kind mb -> "cpu_s rss_mib"
  local dll="$1" dir="$work/$2-$3" o="$work/out-$RANDOM"
  /usr/bin/time -f "%U %S %M" -o "$work/time" dotnet "$dll" build "$dir" -o "$o" >/dev/null 2>"$work/err" || { echo "kg build failed on $dir" >&2; cat "$work/err" >&2; }
  rm -rf "$o"
  awk '{printf "%.2f %.0f", $1 + $2, $3 / 1024}' "$work/time"
}
{
  echo "# Extraction time against one article's length"
  echo
  echo "Produced by \`bench/article-length.sh${baseline:+ --baseline $baseline}\` (SIZES_MB=\"$sizes\", BASELINE_UP_TO_MB=$upto) on $(date -u +%Y-%m-%d) (commit $(git rev-parse --short HEAD), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start)."
  echo "Each row is one \`kg build\` of a folder holding a single article of that size (CPU = user + system of the process)."
  echo
  echo "| text | MB | words | kg | CPU s | CPU s per MB | peak RSS MiB | \`wc -w\` s |"
  echo "|---|---:|---:|---|---:|---:|---:|---:|"
  for kind in seeds generated; do
    for mb in $sizes; do
      f="$work/$kind-$mb/000_long.txt"
      words=$(wc -w < "$f")
      wc_s=$( { /usr/bin/time -f "%e" wc -w "$f" >/dev/null; } 2>&1 )
      read -r cpu rss <<<"$(run "$out/kg.dll" "$kind" "$mb")"
      echo "| $kind | $mb | $words | this | $cpu | $(awk -v c="$cpu" -v m="$mb" 'BEGIN{printf "%.2f", c/m}') | $rss | $wc_s |"
      if [ -n "$baseline" ] && [ "$mb" -le "$upto" ]; then
        read -r cpu rss <<<"$(run "$baseline" "$kind" "$mb")"
        echo "| $kind | $mb | $words | baseline | $cpu | $(awk -v c="$cpu" -v m="$mb" 'BEGIN{printf "%.2f", c/m}') | $rss | |"
      fi
    done
  done
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$work/table.md"
[ -n "$results" ] && cp "$work/table.md" "$results"
exit 0
