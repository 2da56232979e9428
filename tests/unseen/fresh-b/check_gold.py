#!/usr/bin/env python3
"""Mechanical check of fresh-b.gold.json against the article texts: every entity has a name occurring (whole words,
case and accents folded, punctuation as spaces) in each article it lists; every referenced id exists; every word of
every claim rendering occurs in one of the claim's articles; post labels occur in one of their articles."""
import json, os, re, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = s.replace("\u2019", "'").replace("ß", "ss")
    s = "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")
    return " " + re.sub(r"[^0-9a-zæøœ]+", " ", s).strip() + " "

gold = json.load(open(os.path.join(here, "fresh-b.gold.json"), encoding="utf-8"))
texts = {}
for a in gold["articles"]:
    texts[a[:3]] = fold(open(os.path.join(here, "articles", a + ".txt"), encoding="utf-8").read())
errors = []
ids = {}
for kind in ("persons", "organizations", "places"):
    for e in gold[kind]:
        if e["id"] in ids: errors.append(f"duplicate id {e['id']}")
        ids[e["id"]] = kind
        names = [e["label"]] + e["altLabels"]
        for a in e["articles"]:
            if a not in texts: errors.append(f"{e['id']}: unknown article {a}")
            elif not any(fold(n) in texts[a] for n in names):
                (print if e.get("optional") else errors.append)(f"{kind} {e['id']}: no name in {a}")
        if not any(fold(e["label"]) in texts[a] for a in e["articles"] if a in texts):
            (print if e.get("optional") else errors.append)(f"{kind} {e['id']}: label never occurs")
for p in gold["posts"]:
    if ids.get(p["holder"]) != "persons": errors.append(f"post holder {p['holder']}")
    if p["organization"] not in ids: errors.append(f"post org {p['organization']}")
    for w in fold(p["role"]).split():
        if not any(f" {w} " in texts[a] or f" {w}s " in texts[a] for a in p["articles"]): errors.append(f"post {p['holder']}: role word {w}")
    if not any(fold(p["label"]) in texts[a] for a in p["articles"]): print(f"note: post label not verbatim: {p['label']}")
    for a in p["articles"]:
        if a not in texts: errors.append(f"post {p['holder']}: unknown article {a}")
mids = set()
for m in gold["meetings"]:
    if m["id"] in mids: errors.append(f"dup meeting {m['id']}")
    mids.add(m["id"])
    for x in m["attendees"]:
        if x not in ids: errors.append(f"meeting {m['id']} attendee {x}")
    if "place" in m and ids.get(m["place"]) != "places": errors.append(f"meeting {m['id']} place {m['place']}")
    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", m["date"]): errors.append(f"meeting date {m['date']}")
cids = set()
for c in gold["claims"]:
    if c["id"] in cids: errors.append(f"dup claim {c['id']}")
    cids.add(c["id"])
    if c["speaker"] not in ids: errors.append(f"claim {c['id']} speaker {c['speaker']}")
    for part in c["text"].split(" ; "):
        words = fold(part).split()
        missing = [w for w in words if not any(f" {w} " in texts[a] for a in c["articles"])]
        if missing: errors.append(f"claim {c['id']}: words not in its articles: {missing}")
        if not any(fold(part) in texts[a] for a in c["articles"]):
            print(f"note: claim {c['id']} rendering not verbatim: {part[:60]}")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
