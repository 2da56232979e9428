#!/usr/bin/env python3
"""Mechanical check of fresh-a.gold.json against the articles (run before the first system run).

Names and words are normalised roughly as the scorer does (lowercase, accents folded, punctuation to spaces),
then looked up as whole-word substrings. Checks: every entity has a name in each article it lists and every
name occurs in one of them; every referenced id exists; every content word of a claim text occurs in the
articles of the claim; dates are well formed."""
import json, re, sys, unicodedata, pathlib

HERE = pathlib.Path(__file__).resolve().parent

def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("æ", "ae").replace("œ", "oe")
    s = re.sub(r"[^\w]+", " ", s)
    return " " + " ".join(s.split()) + " "

gold = json.loads((HERE / "fresh-a.gold.json").read_text(encoding="utf-8"))
texts = {}
for p in sorted((HERE / "articles").glob("*.txt")):
    texts[p.stem[:3]] = norm(p.read_text(encoding="utf-8"))
errors = []
assert sorted(gold["articles"]) == sorted(p.stem for p in (HERE / "articles").glob("*.txt")), "article list"

ids = {}
for kind in ("persons", "organizations", "places"):
    for e in gold[kind]:
        if e["id"] in ids:
            errors.append(f"duplicate id {e['id']}")
        ids[e["id"]] = kind
        names = [e["label"]] + e["altLabels"]
        for a in e["articles"]:
            if a not in texts:
                errors.append(f"{e['id']}: unknown article {a}")
            elif not any(norm(n) in texts[a] for n in names):
                errors.append(f"{e['id']}: no name found in {a}")
        # the canonical label may be a form no article uses ("Gabon" for "gabonais"); every variant must occur
        for n in e["altLabels"] or [e["label"]]:
            if not any(norm(n) in texts.get(a, "") for a in e["articles"]):
                errors.append(f"{e['id']}: name {n!r} in none of its articles")

for p in gold["posts"]:
    if ids.get(p["holder"]) != "persons":
        errors.append(f"post holder {p['holder']} unknown")
    if p["organization"] not in ids:
        errors.append(f"post organization {p['organization']} unknown")
    for a in p["articles"]:
        if not any(norm(n) in texts[a] for n in [x for x in gold["persons"] if x["id"] == p["holder"]][0]["altLabels"] + [[x for x in gold["persons"] if x["id"] == p["holder"]][0]["label"]]):
            errors.append(f"post of {p['holder']}: holder not named in {a}")

mids = set()
for m in gold["meetings"]:
    mids.add(m["id"])
    for x in m["attendees"]:
        if x not in ids or ids[x] == "places":
            errors.append(f"meeting {m['id']}: attendee {x} unknown")
    if "place" in m and ids.get(m["place"]) != "places":
        errors.append(f"meeting {m['id']}: place {m['place']} unknown")
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", m["date"]):
        errors.append(f"meeting {m['id']}: bad date")
    if m["status"] not in ("TookPlace", "Planned", "Cancelled", "Postponed"):
        errors.append(f"meeting {m['id']}: bad status")

STOP = set("les des une dans pour avec par sur que qui son sa ses est pas plus aux ces cette nous elle il ils ete a".split())
cids = set()
for c in gold["claims"]:
    if c["id"] in cids:
        errors.append(f"duplicate claim {c['id']}")
    cids.add(c["id"])
    if c["speaker"] not in ids:
        errors.append(f"claim {c['id']}: speaker unknown")
    union = " ".join(texts[a] for a in c["articles"])
    for w in norm(c["text"]).split():
        if len(w) > 2 and w not in STOP and f" {w} " not in union:
            errors.append(f"claim {c['id']}: word {w!r} not in its articles")
    for a in c["articles"]:
        words = [w for w in norm(c["text"]).split() if len(w) > 3 and w not in STOP]
        hit = sum(f" {w} " in texts[a] for w in words)
        if hit < max(2, len(words) // 2):
            errors.append(f"claim {c['id']}: only {hit}/{len(words)} words in {a}")

print("\n".join(errors) if errors else "OK")
print({k: len(v) for k, v in gold.items() if isinstance(v, list)})
sys.exit(1 if errors else 0)
