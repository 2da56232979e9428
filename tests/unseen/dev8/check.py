#!/usr/bin/env python3
"""Mechanical checks of dev8.gold.json against the articles (run before each commit; not part of the build).
Every entity has a label or altLabel found in each article it lists (case/accent/punctuation folded), every id
referenced exists, every article number exists, and each claim shares enough content words with each of its articles."""
import json, glob, os, re, sys, unicodedata
D = os.path.dirname(os.path.abspath(__file__))
def fold(s):
    s = unicodedata.normalize('NFD', s.lower().replace('’', "'").replace('œ', 'oe'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return ' ' + re.sub(r'[^a-z0-9]+', ' ', s).strip() + ' '
texts = {os.path.basename(f)[:3]: fold(open(f, encoding='utf-8').read()) for f in glob.glob(D + '/articles/*.txt')}
g = json.load(open(D + '/dev8.gold.json', encoding='utf-8'))
err = []
stems = {os.path.basename(f)[:-4] for f in glob.glob(D + '/articles/*.txt')}
for a in g['articles']:
    if a not in stems: err.append(f'article {a} not in articles/')
ids = {}
for kind in ('persons', 'organizations', 'places'):
    for x in g[kind]:
        if x['id'] in ids: err.append(f'duplicate id {x["id"]}')
        ids[x['id']] = kind
        names = [x['label']] + x['altLabels']
        for n in names:
            if not any(fold(n) in texts.get(a, '') for a in x['articles']): err.append(f'{kind} {x["id"]}: "{n}" in none of its articles')
        for a in x['articles']:
            if a not in texts: err.append(f'{x["id"]}: no article {a}')
            elif not any(fold(n) in texts[a] for n in names): err.append(f'{kind} {x["id"]}: no name in {a}')
for p in g['posts']:
    for k in ('holder', 'organization'):
        if p[k] not in ids: err.append(f'post {p["label"]}: unknown {k} {p[k]}')
    for a in p['articles']:
        if a not in texts: err.append(f'post {p["label"]}: no article {a}')
mids = set()
for m in g['meetings']:
    if m['id'] in mids: err.append(f'duplicate meeting {m["id"]}')
    mids.add(m['id'])
    for x in m['attendees'] + ([m['place']] if 'place' in m else []):
        if x not in ids: err.append(f'meeting {m["id"]}: unknown {x}')
    if m['status'] not in ('TookPlace', 'Planned', 'Cancelled', 'Postponed'): err.append(f'meeting {m["id"]}: status')
STOP = set(fold('le la les de des du un une et à a au aux en que qui pour par sur dans ne pas est sont ce c l d qu s n se il elle ils on nous nos sa son ses leur plus mais y'.replace(' ', '  ')).split())
cids = set()
for c in g['claims']:
    if c['id'] in cids: err.append(f'duplicate claim {c["id"]}')
    cids.add(c['id'])
    if c['speaker'] not in ids: err.append(f'claim {c["id"]}: unknown speaker {c["speaker"]}')
    for a in c['articles']:
        if a not in texts: err.append(f'claim {c["id"]}: no article {a}'); continue
        best = 0
        for part in c['text'].split(' ; '):
            w = [x for x in fold(part).split() if x not in STOP]
            if w: best = max(best, sum(1 for x in w if f' {x} ' in texts[a]) / len(w))
        if best < 0.8: err.append(f'claim {c["id"]}: only {best:.0%} of its words in {a}')
print('\n'.join(err) if err else f'OK: {sum(len(g[k]) for k in ("persons","organizations","places","posts","meetings","claims"))} items, {len(g["articles"])} articles')
sys.exit(1 if err else 0)
