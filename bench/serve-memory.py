#!/usr/bin/env python3
"""Resident memory of a running `kg serve` across rounds of queries: does it come back, or grow with every round?

Usage: serve-memory.py --pid PID --url http://127.0.0.1:PORT/sparql --queries FILE.rq ... [--rounds 6] [--idle 10]
                       [--markdown FILE.md]

Reads, before the first query and after each round (every query once, in order), the server's resident set
(/proc/PID/status VmRSS) and its GC figures from /metrics (heap after the last collection, memory committed by the
GC). After the last round it waits --idle seconds without queries and reads them again. A bounded server plateaus
after the first round (its caches are made once); one that keeps pooled buffers or per-query state grows each round.
"""
import argparse
import re
import sys
import time
import urllib.parse
import urllib.request


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def metrics(url):
    base = url.rsplit("/sparql", 1)[0]
    with urllib.request.urlopen(base + "/metrics", timeout=60) as r:
        text = r.read().decode()
    values = {}
    for name in ("dotnet_gc_heap_bytes", "dotnet_gc_committed_bytes"):
        m = re.search(rf"^{name} (\d+)", text, re.M)
        values[name] = int(m.group(1)) / 2**20 if m else float("nan")
    return values


def ask(url, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=600) as r:
        r.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--queries", nargs="+", required=True)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--idle", type=float, default=10)
    ap.add_argument("--markdown")
    args = ap.parse_args()
    texts = [(q, open(q).read()) for q in args.queries]
    rows = []

    def sample(label, queries):
        m = metrics(args.url)
        rows.append((label, queries, rss_mb(args.pid), m["dotnet_gc_heap_bytes"], m["dotnet_gc_committed_bytes"]))
        print(f"{label}: queries={queries} rss={rows[-1][2]:.0f} MB heap={rows[-1][3]:.0f} committed={rows[-1][4]:.0f}",
              file=sys.stderr, flush=True)

    sample("after load", 0)
    done = 0
    for r in range(1, args.rounds + 1):
        for _, text in texts:
            ask(args.url, text)
            done += 1
        sample(f"after round {r}", done)
    time.sleep(args.idle)
    sample(f"after {args.idle:g} s idle", done)
    lines = ["| point | queries | resident (MB) | GC heap after last collection (MB) | GC committed (MB) |",
             "|---|---:|---:|---:|---:|"]
    lines += [f"| {l} | {q} | {rss:.0f} | {heap:.0f} | {com:.0f} |" for l, q, rss, heap, com in rows]
    out = "\n".join(lines) + "\n"
    print(out)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(out)


if __name__ == "__main__":
    main()
