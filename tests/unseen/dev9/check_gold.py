#!/usr/bin/env python3
"""Mechanical check of dev9.gold.json against the articles (run from anywhere; no system output involved).
Every entity name set occurs in each listed article and each name in at least one; every referenced id exists;
most content words of each claim rendering occur in one of its articles. Names are normalised as the scorer does
(lowercase, accents folded, punctuation to spaces, leading article dropped)."""
import json, os, re, sys, unicodedata
here = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(os.path.join(here, 'dev9.gold.json'), encoding='utf-8'))
def norm(s):
    s = unicodedata.normalize('NFD', s.lower().replace('’', "'"))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r"[^\w]+", ' ', s)
    return ' ' + ' '.join(s.split()) + ' '
def name_norm(s):
    n = norm(s).strip()
    n = re.sub(r'^(l|le|la|les) ', '', n)
    return ' ' + n + ' '
texts = {}
for a in g['articles']:
    texts[a[:3]] = norm(open(os.path.join(here, 'articles', a + '.txt'), encoding='utf-8').read())
errors = []
ids = {}
for kind in ('persons', 'organizations', 'places'):
    for e in g[kind]:
        if e['id'] in ids: errors.append(f"duplicate id {e['id']}")
        ids[e['id']] = kind
        names = [e['label']] + e['altLabels']
        for a in e['articles']:
            if a not in texts: errors.append(f"{e['id']}: unknown article {a}"); continue
            if not any(name_norm(n) in texts[a] for n in names): errors.append(f"{kind} {e['id']}: no name in {a}")
        for n in names:
            if not any(name_norm(n) in texts.get(a, '') for a in e['articles']): errors.append(f"{kind} {e['id']}: '{n}' in none of its articles")
for p in g['posts']:
    for r in ('holder', 'organization'):
        if p[r] not in ids: errors.append(f"post {p['label']}: unknown {r} {p[r]}")
    for a in p['articles']:
        if a not in texts: errors.append(f"post {p['label']}: unknown article {a}")
        elif name_norm([e for e in g['persons'] if e['id'] == p['holder']][0]['label'].split()[-1]) not in texts[a] and p['holder'] in ids:
            hp = [e for e in g['persons'] if e['id'] == p['holder']][0]
            if not any(name_norm(n) in texts[a] for n in [hp['label']] + hp['altLabels']): errors.append(f"post {p['label']}: holder not in {a}")
for m in g['meetings']:
    for x in m['attendees']:
        if x not in ids: errors.append(f"meeting {m['id']}: unknown attendee {x}")
    if 'place' in m and m['place'] not in ids: errors.append(f"meeting {m['id']}: unknown place {m['place']}")
    for a in m['articles']:
        if a not in texts: errors.append(f"meeting {m['id']}: unknown article {a}")
STOP = set('les des une que qui pour dans avec sur pas plus est sont aux par ete etait ses son leur nous vous elle ils elles cette ces mais tout'.split())
for c in g['claims']:
    if c['speaker'] not in ids: errors.append(f"claim {c['id']}: unknown speaker {c['speaker']}")
    parts = [p for p in c['text'].split(' ; ')]
    for a in c['articles']:
        if a not in texts: errors.append(f"claim {c['id']}: unknown article {a}"); continue
        best = 0
        for p in parts:
            w = [x for x in norm(p).split() if len(x) > 2 and x not in STOP]
            if w: best = max(best, sum(1 for x in w if ' ' + x + ' ' in texts[a]) / len(w))
        if best < 0.6: errors.append(f"claim {c['id']}: only {best:.2f} of its words in {a}")
    for p in parts:
        w = [x for x in norm(p).split() if len(x) > 2 and x not in STOP]
        miss = [x for x in w if not any(' ' + x + ' ' in texts[a] for a in c['articles'] if a in texts)]
        if miss: errors.append(f"claim {c['id']}: words not in its articles: {miss}")
print('\n'.join(errors) if errors else 'gold OK', f"({sum(len(g[k]) for k in ('persons','organizations','places','posts','meetings','claims'))} items)")
sys.exit(1 if errors else 0)
