#!/usr/bin/env python3
"""Mechanical check of fresh-c.gold.json against the articles (run before any system run).

Each article listed for an entity must contain one of its names, and each of its names (label, altLabels) must occur
in one of its articles (lowercased, accents folded, punctuation as spaces, whole words); every referenced id must exist; every article id must name a file; most content words of a
claim's text (each ' ; '-separated rendering checked against the union of its articles) must occur in its articles.
"""
import glob, json, os, re, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r"[^\w]+", ' ', s)
    words = s.split()
    if len(words) > 1 and words[0] in ('le', 'la', 'les', 'l'): words = words[1:]  # the scorer drops a leading article
    return ' ' + ' '.join(words) + ' '

texts = {os.path.basename(f)[:3]: norm(open(f, encoding='utf-8').read()) for f in glob.glob(os.path.join(here, 'articles', '*.txt'))}
g = json.load(open(os.path.join(here, 'fresh-c.gold.json'), encoding='utf-8'))
errors = []
ids = {}
for kind in ('persons', 'organizations', 'places'):
    for e in g[kind]:
        if e['id'] in ids: errors.append(f"duplicate id {e['id']}")
        ids[e['id']] = kind
        for a in e['articles']:
            if a not in texts: errors.append(f"{e['id']}: no article {a}"); continue
            if not any(norm(n) in texts[a] for n in [e['label']] + e['altLabels']):
                errors.append(f"{kind} {e['id']}: none of its names in {a}")
        for n in [e['label']] + e['altLabels']:
            if not any(norm(n) in texts.get(a, '') for a in e['articles']):
                errors.append(f"{kind} {e['id']}: '{n}' in none of its articles")
mids = set()
for p in g['posts']:
    for r in ('holder', 'organization'):
        if p[r] not in ids: errors.append(f"post {p['label']}: unknown {r} {p[r]}")
    for a in p['articles']:
        if a not in texts: errors.append(f"post {p['label']}: no article {a}")
        elif p['holder'] in ids and a not in next(e for e in g[ids[p['holder']]] if e['id'] == p['holder'])['articles']:
            errors.append(f"post {p['label']}: holder not listed in {a}")
for m in g['meetings']:
    if m['id'] in mids: errors.append(f"duplicate meeting {m['id']}")
    mids.add(m['id'])
    for x in m['attendees'] + ([m['place']] if 'place' in m else []):
        if x not in ids: errors.append(f"meeting {m['id']}: unknown {x}")
    for a in m['articles']:
        if a not in texts: errors.append(f"meeting {m['id']}: no article {a}")
    if m['status'] not in ('TookPlace', 'Planned', 'Cancelled', 'Postponed'): errors.append(f"meeting {m['id']}: status")
stop = set('le la les de des du un une et a au aux en que qui ne pas se sa son ses ce cette est sont l d s n qu c j y on il elle ils nous vous leur leurs pour par sur dans avec plus tout'.split())
cids = set()
for c in g['claims']:
    if c['id'] in cids: errors.append(f"duplicate claim {c['id']}")
    cids.add(c['id'])
    if c['speaker'] not in ids: errors.append(f"claim {c['id']}: unknown speaker {c['speaker']}")
    for a in c['articles']:
        if a not in texts: errors.append(f"claim {c['id']}: no article {a}")
    union = ''.join(texts.get(a, '') for a in c['articles'])
    for part in c['text'].split(' ; '):
        words = [w for w in norm(part).split() if w not in stop]
        missing = [w for w in words if f' {w} ' not in union]
        if len(missing) > len(words) * 0.2: errors.append(f"claim {c['id']}: words not in articles: {missing}")
    for a in c['articles']:
        words = [w for w in norm(c['text']).split() if w not in stop]
        found = sum(1 for w in words if f' {w} ' in texts.get(a, ''))
        if found < min(2, len(words)): errors.append(f"claim {c['id']}: little of its text in {a}")
for a in g['articles']:
    if a[:3] not in texts: errors.append(f"article {a} has no file")
for e in errors: print(e)
print(f"{len(errors)} problems; {sum(len(g[k]) for k in ('persons','organizations','places','posts','meetings','claims'))} gold items")
sys.exit(1 if errors else 0)
