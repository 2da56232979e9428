#!/usr/bin/env bash
# Builds and scores the fresh blind sets, never tuned on: fresh-a and fresh-b (written 2026-12-06 before any run) and
# fresh-c (written 2026-12-07). Prints each set's table, then the counts and F1 per kind summed over fresh-a and fresh-b
# (the figure reported since session 8), then over all three.
# Usage: scripts/eval-fresh.sh [OUTDIR]   (default: a temporary folder)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
tables=()
for half in a b c; do
  set_dir="$root/tests/unseen/fresh-$half"
  "$root/kg" build "$set_dir/articles" -o "$out/fresh-$half" >/dev/null 2>"$out/fresh-$half.stderr" || true
  echo "== fresh-$half"
  "$root/kg" eval --gold "$set_dir/fresh-$half.gold.json" --graph "$out/fresh-$half/graph.ttl" | tee "$out/fresh-$half.eval"
  tables+=("$out/fresh-$half.eval")
done
sum() {
python3 - "$@" <<'PY'
import sys
rows = {}
order = []
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 4 or parts[0] in ("kind", "macro"):
            continue
        # names may be two words: "claim grouping", "(claim texts)"
        i = next(k for k, p in enumerate(parts) if p.isdigit())
        name = " ".join(parts[:i])
        gold, system, tp = (int(x) for x in parts[i:i + 3])
        if name not in rows:
            rows[name] = [0, 0, 0]
            order.append(name)
        for k, v in enumerate((gold, system, tp)):
            rows[name][k] += v
print(f"{'kind':<17}{'gold':>5}{'system':>7}{'tp':>6}{'precision':>10}{'recall':>8}{'F1':>7}")
for name in order:
    g, s, t = rows[name]
    p = t / s if s else 0.0
    r = t / g if g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:<17}{g:>5}{s:>7}{t:>6}{p:>10.3f}{r:>8.3f}{f:>7.3f}")
PY
}
echo "== fresh-a+b (counts summed)"
sum "${tables[0]}" "${tables[1]}"
echo "== fresh-a+b+c (counts summed)"
sum "${tables[@]}"
