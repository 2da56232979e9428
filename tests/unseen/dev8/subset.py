#!/usr/bin/env python3
"""Writes the part of dev8.gold.json about some articles (e.g. one batch) so that a build of only those articles
can be scored: subset.py OUT.json 822 823 ... (or a range 822-829). Items keep only the listed articles."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
out, want = sys.argv[1], set()
for a in sys.argv[2:]:
    lo, _, hi = a.partition('-')
    want |= {str(n) for n in range(int(lo), int(hi or lo) + 1)}
g = json.load(open(D + '/dev8.gold.json', encoding='utf-8'))
s = {'description': g['description'] + ' Subset: articles ' + ' '.join(sorted(want)) + '.',
     'articles': [a for a in g['articles'] if a[:3] in want]}
for kind in ('persons', 'organizations', 'places', 'posts', 'meetings', 'claims'):
    s[kind] = []
    for x in g[kind]:
        arts = [a for a in x['articles'] if a in want]
        if arts: s[kind].append({**x, 'articles': arts})
# an entity named by a kept post or meeting but not mentioned in these articles is kept as optional
have = {x['id'] for k in ('persons', 'organizations', 'places') for x in s[k]}
need = {p[k] for p in s['posts'] for k in ('holder', 'organization')} | {a for m in s['meetings'] for a in m['attendees'] + [m.get('place')] if a}
for kind in ('persons', 'organizations', 'places'):
    s[kind] += [{**x, 'optional': True} for x in g[kind] if x['id'] in need - have]
json.dump(s, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
