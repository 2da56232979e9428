#!/usr/bin/env python3
"""Times SPARQL queries over HTTP (SPARQL 1.1 Protocol, POST form, JSON results) against several endpoints.

Every query is sent warm (after --warmup untimed runs on each endpoint), the endpoints interleaved run by run (each run
starting with the next endpoint in turn), and the
median of --runs timed runs is reported per endpoint. A run is timed from sending the request to reading the last
byte of the answer. The answers of every endpoint are compared, as multisets of rows with blank node labels erased
and literal forms normalised (decimals and doubles to 12 significant digits; Virtuoso's "typed-literal" is a literal; xsd:string is a simple literal; language tags
lower-cased); a query whose answers differ is reported and the exit code is 1.

Usage: sparql-http.py --endpoint NAME=URL[?default-graph-uri=G] ... --queries FILE.rq ... --runs 9 --warmup 2 --json OUT
"""
import argparse
import hashlib
import http.client
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
TRUNCATED = {}
DECIMALS = {"http://www.w3.org/2001/XMLSchema#decimal", "http://www.w3.org/2001/XMLSchema#double", "http://www.w3.org/2001/XMLSchema#float"}


def post(url, query):
    base, _, params = url.partition("?")
    form = urllib.parse.parse_qsl(params) + [("query", query)]
    req = urllib.request.Request(base, data=urllib.parse.urlencode(form).encode(), method="POST",
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=600) as resp:
        try:
            body = resp.read()
        except http.client.IncompleteRead as e:
            # kg serve sometimes drops the connection after the whole body but before the last chunk (its read lock
            # is released on another thread after an await, which throws): keep the body, count it, and let the JSON
            # parse prove it complete.
            body = e.partial
            TRUNCATED[url.partition("?")[0]] = TRUNCATED.get(url.partition("?")[0], 0) + 1
    return (time.perf_counter() - t0) * 1000.0, body


def term(b):
    t = b["type"]
    if t == "uri":
        return "<" + b["value"] + ">"
    if t == "bnode":
        return "_:"
    dt = b.get("datatype")
    lang = b.get("xml:lang")
    if lang:
        return json.dumps(b["value"]) + "@" + lang.lower()
    if dt in DECIMALS:
        # Engines keep different precisions for decimal division (kg 28 digits, Virtuoso 16): compare 12 significant digits.
        try:
            return f"{float(b['value']):.12g}^^<{dt}>"
        except ValueError:
            pass
    if dt and dt != XSD_STRING:
        return json.dumps(b["value"]) + "^^<" + dt + ">"
    return json.dumps(b["value"])


def answer(body):
    doc = json.loads(body)
    if "boolean" in doc:
        return ("ask", doc["boolean"])
    variables = doc["head"]["vars"]
    rows = sorted(tuple(term(r[v]) if v in r else "-" for v in variables) for r in doc["results"]["bindings"])
    return ("select", tuple(variables), tuple(rows))


def digest(a):
    """A short fingerprint of a normalised answer, kept in the JSON so that another engine's answer (Jena's, by
    bench/sparql-jena-check.py) can be compared with each endpoint's after the run without keeping every row."""
    return hashlib.sha256(json.dumps(a, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", action="append", required=True, help="NAME=URL")
    ap.add_argument("--queries", nargs="+", required=True)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--json", required=True)
    # An endpoint whose first warm-up run of a query takes longer than this (ms; 0 = no limit) gets no second warm-up
    # and only 3 timed runs of that query: a few pathological rows (Virtuoso taking minutes where kg takes a
    # millisecond) would otherwise make one benchmark run last hours on a shared machine. Such rows are marked.
    ap.add_argument("--slow-ms", type=float, default=0)
    args = ap.parse_args()
    endpoints = [tuple(e.split("=", 1)) for e in args.endpoint]
    results = []
    mismatches = 0
    for path in args.queries:
        with open(path, encoding="utf-8") as f:
            query = f.read()
        name = path.rsplit("/", 1)[-1][:-3]
        answers, times, errors = {}, {n: [] for n, _ in endpoints}, {}
        slow = set()
        for n, url in endpoints:
            try:
                for _ in range(args.warmup):
                    ms, body = post(url, query)
                    if args.slow_ms and ms > args.slow_ms:
                        slow.add(n)
                        break
                answers[n] = answer(body) if args.warmup else answer(post(url, query)[1])
            except Exception as e:  # an endpoint refusing a query is reported, not fatal
                errors[n] = str(e)[:200]
        for run in range(args.runs):
            # Each run starts with another endpoint: in a fixed order the first one always follows the last one's
            # previous request, whose after-work (a server still freeing or writing) it would be timed with.
            for n, url in endpoints[run % len(endpoints):] + endpoints[:run % len(endpoints)]:
                if n in errors or n in slow and len(times[n]) >= 3:
                    continue
                try:
                    ms, body = post(url, query)
                    if answer(body) != answers.get(n):
                        errors[n] = "a timed run gave another answer than the warm-up"
                    times[n].append(ms)
                except Exception as e:
                    errors[n] = "timed run: " + str(e)[:200]
        first = next(iter(answers.values()), None)
        same = len(errors) == 0 and all(a == first for a in answers.values())
        if not same:
            mismatches += 1
        rows = {n: (len(a[2]) if a[0] == "select" else 1) for n, a in answers.items()}
        entry = {"query": name, "path": path, "identical": same, "rows": rows, "errors": errors, "slow": sorted(slow),
                 "digest": {n: digest(a) for n, a in answers.items()},
                 "median_ms": {n: round(statistics.median(t), 2) for n, t in times.items() if t},
                 "runs": {n: [round(x, 2) for x in t] for n, t in times.items()}}
        if not same and len(answers) > 1:
            names = list(answers)
            a, b = answers[names[0]], answers[names[-1]]
            if a[0] == "select" and b[0] == "select":
                entry["only_in_" + names[0]] = [list(r) for r in sorted(set(a[2]) - set(b[2]))][:5]
                entry["only_in_" + names[-1]] = [list(r) for r in sorted(set(b[2]) - set(a[2]))][:5]
        results.append(entry)
        print(f"{name}: " + ", ".join(f"{n} {entry['median_ms'].get(n, 'error')} ms" for n, _ in endpoints)
              + ("" if same else "  ANSWERS DIFFER"), file=sys.stderr, flush=True)
    if TRUNCATED:
        print("responses missing their last chunk (body complete): " + json.dumps(TRUNCATED), file=sys.stderr)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    with open(args.json + ".truncated", "w", encoding="utf-8") as f:
        json.dump(TRUNCATED, f)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
