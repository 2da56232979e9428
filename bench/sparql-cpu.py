#!/usr/bin/env python3
"""CPU time each server spends per request, read from /proc/PID/task/*/schedstat (nanoseconds on a CPU, all threads).

On a machine shared by many processes a query's wall-clock time mostly measures how long it waited for a core; the
CPU time the server process itself consumed does not depend on that wait, so it compares the work each engine does.

Usage: sparql-cpu.py --endpoint NAME=PID=URL[?default-graph-uri=G] ... --queries FILE.rq ... [--requests 30] [--warmup 3]
                     [--keep-alive] [--wrk SECONDS] [--server-log NAME=FILE]
Prints per query and endpoint the median CPU ms per request over --requests sequential requests (each one measured
alone, the server otherwise idle), and the median wall-clock ms beside it.
"""
import argparse
import glob
import http.client
import os
import re
import subprocess
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


class KeepAlive:
    """One persistent HTTP/1.1 connection per endpoint (wrk -c1 style): no TCP set-up in the measured CPU."""

    def __init__(self):
        self.conns = {}

    def post(self, url, query):
        base, _, params = url.partition("?")
        parts = urllib.parse.urlsplit(base)
        conn = self.conns.get(parts.netloc)
        if conn is None:
            conn = self.conns[parts.netloc] = http.client.HTTPConnection(parts.netloc, timeout=600)
        form = urllib.parse.parse_qsl(params) + [("query", query)]
        conn.request("POST", parts.path, body=urllib.parse.urlencode(form).encode(),
                     headers={"Accept": "application/sparql-results+json",
                              "Content-Type": "application/x-www-form-urlencoded"})
        return conn.getresponse().read()


def cpu_ticks_ms(pid):
    """utime + stime of the whole process from /proc/PID/stat (ms, 10 ms resolution): unlike the per-thread
    schedstat sum it keeps the CPU of threads that ended during the measurement (the thread pool retires idle workers)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def post(url, query):
    base, _, params = url.partition("?")
    form = urllib.parse.parse_qsl(params) + [("query", query)]
    req = urllib.request.Request(base, data=urllib.parse.urlencode(form).encode(), method="POST",
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=600) as resp:
        return resp.read()


def wrk_run(pid, url, path, seconds):
    """`wrk -c1 -t1` (one keep-alive connection, the next request sent as soon as the answer is in) for SECONDS on
    one query: the server's CPU over the run divided by the requests wrk completed, and wrk's mean latency. Averaged
    over hundreds of requests, so neither timer ticks nor the server's background work land on a single request."""
    lua = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sparql-wrk", "post.lua")
    env = dict(os.environ, WRK_QUERIES=path)
    c0 = cpu_ticks_ms(pid)
    out = subprocess.run(["wrk", "-c1", "-t1", f"-d{seconds:g}s", "--latency", "-s", lua, url], env=env,
                         capture_output=True, text=True, check=True).stdout
    c1 = cpu_ticks_ms(pid)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    m = re.search(r"Latency\s+([\d.]+)(us|ms|s)", out)
    latency = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
    if re.search(r"Non-2xx", out):
        raise SystemExit(f"{url}: non-2xx answers for {path}")
    return (c1 - c0) / max(requests, 1), latency, requests


def log_size(path):
    return os.path.getsize(path) if path else 0


def server_ms(path, offset):
    """Median of the "ms" field of the JSON request lines kg serve wrote to PATH after OFFSET (its own time per request,
    first middleware to the end of the response), or None."""
    if not path:
        return None
    with open(path, "rb") as f:
        f.seek(offset)
        times = [float(m.group(1)) for m in re.finditer(rb'"ms":([\d.]+)', f.read())]
    return statistics.median(times) if times else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", action="append", required=True, help="NAME=PID=URL")
    ap.add_argument("--queries", nargs="+", required=True)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--keep-alive", action="store_true", help="one persistent connection per endpoint (default: a new one per request)")
    ap.add_argument("--wrk", type=float, default=0, metavar="SECONDS",
                    help="measure with `wrk -c1 -t1` for SECONDS per query and endpoint instead (keep-alive; CPU / requests)")
    ap.add_argument("--server-log", action="append", default=[], metavar="NAME=FILE",
                    help="kg serve's request log (its stdout) for endpoint NAME: adds the server-side median ms")
    args = ap.parse_args()
    logs = dict(e.split("=", 1) for e in args.server_log)
    send = KeepAlive().post if args.keep_alive else post
    endpoints = [e.split("=", 2) for e in args.endpoint]
    print("| query | " + " | ".join(f"{n} CPU ms | {n} wall ms" for n, _, _ in endpoints) + " | CPU ratio " + "/".join(n for n, _, _ in endpoints)
          + "".join(f" | {n} server-side ms" for n in logs) + " |")
    print("|---|" + "---:|---:|" * len(endpoints) + "---:|" + "---:|" * len(logs))
    for path in args.queries:
        with open(path, encoding="utf-8") as f:
            query = f.read()
        name = path.rsplit("/", 1)[-1][:-3]
        cpu, wall, server = {}, {}, {}
        for n, pid, url in endpoints:
            for _ in range(args.warmup):
                send(url, query)
            offset = log_size(logs.get(n))
            if args.wrk > 0:
                cpu[n], wall[n], _ = wrk_run(pid, url, path, args.wrk)
                server[n] = server_ms(logs.get(n), offset)
                continue
            c, w = [], []
            for _ in range(args.requests):
                time.sleep(0.02)  # let the server finish any after-work of the previous request
                c0, t0 = cpu_ns(pid), time.perf_counter()
                send(url, query)
                t1 = time.perf_counter()
                time.sleep(0.01)
                c.append((cpu_ns(pid) - c0) / 1e6)
                w.append((t1 - t0) * 1000)
            cpu[n], wall[n] = statistics.median(c), statistics.median(w)
            server[n] = server_ms(logs.get(n), offset)
        ratio = cpu[endpoints[0][0]] / cpu[endpoints[-1][0]] if cpu[endpoints[-1][0]] > 0 else float("nan")
        print(f"| {name} | " + " | ".join(f"{cpu[n]:.2f} | {wall[n]:.2f}" for n, _, _ in endpoints) + f" | {ratio:.2f}"
              + "".join(f" | {server[n]:.2f}" if server.get(n) is not None else " | -" for n in logs) + " |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
