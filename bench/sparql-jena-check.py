#!/usr/bin/env python3
"""A third opinion for the queries whose answers differ between endpoints: Apache Jena's ARQ on the same data file.

Reads the JSON written by bench/sparql-http.py, runs every query whose answers differed (--all: every query) with
Jena's `arq.sparql` in memory on --data, normalises Jena's JSON results exactly as sparql-http.py does, and records in
each entry `jena`: the endpoints whose answer equals Jena's (by the answer fingerprint sparql-http.py kept), Jena's row
count and time, or Jena's error. Writes the JSON back in place. bench/sparql-http-table.py prints the verdict in the
`same` column ("NO; Jena = kg"). Needs the classpath written by scripts/install-tools.sh (.tools/jena.classpath).

Usage: sparql-jena-check.py --json bench/work/sparql-virtuoso-N.json --data bench/work/kg-bench-N.nt [--all]
                            [--answers DIR]
With --answers, Jena's JSON results are kept as DIR/QUERY.srj and an existing one is read instead of running Jena again
(Jena's in-memory load of a 3M-triple file takes minutes on a loaded machine).
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("sparql_http", os.path.join(HERE, "sparql-http.py"))
sparql_http = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sparql_http)


def jena_answer(classpath, data, query_path, heap, timeout, saved=None):
    if saved and os.path.exists(saved) and os.path.getsize(saved) > 0:
        with open(saved, "rb") as f:
            return sparql_http.answer(f.read()), None
    cmd = ["java", f"-Xmx{heap}", "-cp", classpath, "arq.sparql", "--data", data, "--query", query_path,
           "--results", "JSON"]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, timeout=timeout)
    ms = (time.perf_counter() - t0) * 1000.0
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace").strip()[-300:] or f"exit {done.returncode}")
    if saved:
        with open(saved, "wb") as f:
            f.write(done.stdout)
    return sparql_http.answer(done.stdout), ms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--answers", help="folder keeping Jena's answers (QUERY.srj), reused when present")
    ap.add_argument("--classpath", default=os.path.join(HERE, "..", ".tools", "jena.classpath"))
    ap.add_argument("--heap", default="8g")
    ap.add_argument("--timeout", type=float, default=3600)
    args = ap.parse_args()
    with open(args.classpath, encoding="utf-8") as f:
        classpath = f.read().strip()
    with open(args.json, encoding="utf-8") as f:
        results = json.load(f)
    for entry in results:
        if entry.get("identical") and not args.all:
            continue
        path = entry.get("path")
        if not path or "digest" not in entry:
            print(f"{entry['query']}: no query path or answer fingerprints in the JSON (an older sparql-http.py)",
                  file=sys.stderr)
            continue
        try:
            saved = os.path.join(args.answers, entry["query"] + ".srj") if args.answers else None
            if args.answers:
                os.makedirs(args.answers, exist_ok=True)
            a, ms = jena_answer(classpath, args.data, path, args.heap, args.timeout, saved)
            d = sparql_http.digest(a)
            agrees = sorted(n for n, x in entry["digest"].items() if x == d)
            entry["jena"] = {"agrees": agrees, "rows": len(a[2]) if a[0] == "select" else 1, "ms": round(ms) if ms is not None else "saved answer"}
        except Exception as e:  # Jena failing is reported in the table, never fatal
            entry["jena"] = {"error": str(e)[:300]}
        print(f"{entry['query']}: jena {entry['jena']}", file=sys.stderr, flush=True)
    tmp = args.json + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    os.replace(tmp, args.json)


if __name__ == "__main__":
    main()
