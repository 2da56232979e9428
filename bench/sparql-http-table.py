#!/usr/bin/env python3
"""Renders bench/sparql-virtuoso.sh's measurements (a meta line per size and sparql-http.py's JSON) as Markdown."""
import argparse
import datetime
import json
import os
import platform


def same_cell(r):
    """yes, or NO with Jena's verdict when bench/sparql-jena-check.py gave one (the endpoints that answered as Jena)."""
    if r["identical"]:
        return "yes"
    jena = r.get("jena")
    if not jena:
        return "NO"
    if "error" in jena:
        return "NO; Jena: error"
    return "NO; Jena = " + (", ".join(jena["agrees"]) or "none")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--meta", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--output", required=True)
    a = ap.parse_args()
    sizes = []
    with open(a.meta, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            fields = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
            # The load averages hold spaces; read them back from their brackets.
            for key in ("load_avg_before", "load_avg_after"):
                start = line.index(key + "=[") + len(key) + 2
                fields[key] = line[start:line.index("]", start)]
            sizes.append((parts[0], fields))
    out = ["# SPARQL over HTTP: kg serve vs Virtuoso Open Source 7", "",
           f"Command: `{a.command}` (run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
           f"{os.cpu_count()} cores, {platform.system()}).", "",
           "Data: BenchSparqlDataGenerator (N-Triples shaped like kg build output). Queries: `bench/sparql/*.rq` and "
           "the library queries of `bench/sparql/library-queries.txt`, the same text to every endpoint, POSTed with the SPARQL 1.1 Protocol, JSON results; "
           "Virtuoso gets `default-graph-uri` of the loaded graph. Warm (untimed runs first), endpoints interleaved "
           "run by run, median of the timed runs, from request to last byte. `same` = the answers of every endpoint "
           "are equal as multisets of rows; where they are not, Apache Jena's ARQ answered the same query on the same "
           "file (bench/sparql-jena-check.py) and `NO; Jena = kg` names the endpoints whose answer equals Jena's. "
           "`kg-before` (when present) is the same server built from the commit before this work, measured in the "
           "same run.", ""]
    for n, m in sizes:
        with open(os.path.join(a.work, f"sparql-virtuoso-{n}.json"), encoding="utf-8") as f:
            results = json.load(f)
        names = list(results[0]["median_ms"].keys()) if results else []
        out.append(f"## {int(m['triples']):,} triples")
        out.append("")
        out.append(f"Load average before / after: {m['load_avg_before']} / {m['load_avg_after']}.")
        out.append("")
        out.append("| measure | " + " | ".join(names) + " |")
        out.append("|---|" + "---:|" * len(names))
        loads = {"kg": m.get("kg_load_ms"), "kg-before": m.get("before_load_ms"), "virtuoso": m.get("virtuoso_load_ms")}
        rss = {"kg": m.get("kg_rss"), "kg-before": m.get("before_rss"), "virtuoso": m.get("virtuoso_rss")}
        out.append("| load (ms; kg: process start to first answer; Virtuoso: ld_dir + rdf_loader_run + checkpoint) | "
                   + " | ".join(str(loads.get(x) or "–") for x in names) + " |")
        out.append("| resident memory after load / after the queries / peak (MB) | "
                   + " | ".join(str(rss.get(x) or "–") for x in names) + " |")
        out.append("")
        header = "| query | rows | same | " + " | ".join(f"{x} (ms)" for x in names)
        before = "virtuoso" in names and "kg-before" in names
        header += " | kg / virtuoso |" if "virtuoso" in names else " |"
        header += " kg-before / virtuoso |" if before else ""
        # On a loaded machine the median swings with other processes; the ratio of each endpoint's fastest run is
        # the steadier comparison of what each engine needs when it gets the CPU.
        header += " fastest runs: kg / virtuoso |" if "virtuoso" in names else ""
        header += " fastest runs: kg-before / virtuoso |" if before else ""
        out.append(header)
        out.append("|---|---:|---|" + "---:|" * len(names) + ("---:|" if "virtuoso" in names else "") + ("---:|" if before else "")
                   + ("---:|" if "virtuoso" in names else "") + ("---:|" if before else ""))
        for r in results:
            med = r["median_ms"]
            rows = "/".join(sorted({str(v) for v in r["rows"].values()}))
            cells = [f"{med[x]:.2f}" if x in med else "error" for x in names]
            ratio = f"{med['kg'] / med['virtuoso']:.2f}" if "kg" in med and med.get("virtuoso") else "–"
            runs = r.get("runs", {})

            def fastest(who):
                mine, theirs = runs.get(who), runs.get("virtuoso")
                return f"{min(mine) / min(theirs):.2f}" if mine and theirs and min(theirs) > 0 else "–"
            ratio_before = f"{med['kg-before'] / med['virtuoso']:.2f}" if "kg-before" in med and med.get("virtuoso") else "–"
            slow = r.get("slow") or []
            name = r["query"] + (" (" + ", ".join(f"{w}: 3 runs" for w in slow) + ")" if slow else "")
            out.append(f"| {name} | {rows} | {same_cell(r)} | " + " | ".join(cells)
                       + (f" | {ratio} |" if "virtuoso" in names else " |") + (f" {ratio_before} |" if before else "")
                       + (f" {fastest('kg')} |" if "virtuoso" in names else "") + (f" {fastest('kg-before')} |" if before else ""))
        truncated_path = os.path.join(a.work, f"sparql-virtuoso-{n}.json.truncated")
        if os.path.exists(truncated_path):
            with open(truncated_path, encoding="utf-8") as f:
                truncated = json.load(f)
            if truncated:
                out.append("")
                out.append("Responses that lost their final HTTP chunk after a complete body (kg serve's read lock is "
                           "released on another thread after an await; the JSON was complete and is counted): "
                           + ", ".join(f"{k}: {v}" for k, v in truncated.items()) + ".")
        errors = [(r["query"], e) for r in results for e in r["errors"].items()]
        if errors:
            out.append("")
            for q, (who, msg) in errors:
                out.append(f"- {q}: {who} error: {msg}")
        out.append("")
    tmp = a.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    os.replace(tmp, a.output)


if __name__ == "__main__":
    main()
