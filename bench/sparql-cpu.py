#!/usr/bin/env python3
"""CPU time each server spends per request, read from /proc/PID/task/*/schedstat (nanoseconds on a CPU, all threads).

On a machine shared by many processes a query's wall-clock time mostly measures how long it waited for a core; the
CPU time the server process itself consumed does not depend on that wait, so it compares the work each engine does.

Usage: sparql-cpu.py --endpoint NAME=PID=URL[?default-graph-uri=G] ... --queries FILE.rq ... [--requests 30] [--warmup 3]
Prints per query and endpoint the median CPU ms per request over --requests sequential requests (each one measured
alone, the server otherwise idle), and the median wall-clock ms beside it.
"""
import argparse
import glob
import statistics
import sys
import time
import urllib.parse
import urllib.request


def cpu_ns(pid):
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that ended between glob and open
    return total


def post(url, query):
    base, _, params = url.partition("?")
    form = urllib.parse.parse_qsl(params) + [("query", query)]
    req = urllib.request.Request(base, data=urllib.parse.urlencode(form).encode(), method="POST",
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=600) as resp:
        return resp.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", action="append", required=True, help="NAME=PID=URL")
    ap.add_argument("--queries", nargs="+", required=True)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3)
    args = ap.parse_args()
    endpoints = [e.split("=", 2) for e in args.endpoint]
    print("| query | " + " | ".join(f"{n} CPU ms | {n} wall ms" for n, _, _ in endpoints) + " | CPU ratio " + "/".join(n for n, _, _ in endpoints) + " |")
    print("|---|" + "---:|---:|" * len(endpoints) + "---:|")
    for path in args.queries:
        with open(path, encoding="utf-8") as f:
            query = f.read()
        name = path.rsplit("/", 1)[-1][:-3]
        cpu, wall = {}, {}
        for n, pid, url in endpoints:
            for _ in range(args.warmup):
                post(url, query)
            c, w = [], []
            for _ in range(args.requests):
                time.sleep(0.02)  # let the server finish any after-work of the previous request
                c0, t0 = cpu_ns(pid), time.perf_counter()
                post(url, query)
                t1 = time.perf_counter()
                time.sleep(0.01)
                c.append((cpu_ns(pid) - c0) / 1e6)
                w.append((t1 - t0) * 1000)
            cpu[n], wall[n] = statistics.median(c), statistics.median(w)
        ratio = cpu[endpoints[0][0]] / cpu[endpoints[-1][0]] if cpu[endpoints[-1][0]] > 0 else float("nan")
        print(f"| {name} | " + " | ".join(f"{cpu[n]:.2f} | {wall[n]:.2f}" for n, _, _ in endpoints) + f" | {ratio:.2f} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
