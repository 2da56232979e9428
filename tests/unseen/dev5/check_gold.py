#!/usr/bin/env python3
"""Mechanical check of dev5.gold.json against the articles (run before the first system run).

Names and texts are normalised roughly as `kg eval` does (lowercase, accents folded, punctuation to spaces,
leading article dropped) and looked up as whole words. Checks: every non-optional entity has one of its names in
at least one article it lists (articles where it is only an adjective or a role are printed as notes) (and every name occurs in at least one of its articles); every id referenced exists;
every article listed exists; each claim has, in each of its articles, one rendering (texts joined by " ; ")
whose words nearly all occur in that article; manifest covers every article."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, 'articles')
gold = json.load(open(os.path.join(HERE, 'dev5.gold.json'), encoding='utf-8'))
manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", ' ', s).strip()
    return re.sub(r'^(le|la|les|l|the)\s+', '', s)

texts = {}
for stem in gold['articles']:
    path = os.path.join(ART, stem + '.txt')
    if not os.path.exists(path):
        print('MISSING article file', stem); continue
    texts[stem.split('_')[0]] = ' ' + norm(open(path, encoding='utf-8').read()) + ' '
errors = 0
def err(*a):
    global errors; errors += 1; print('ERROR', *a)
def has(num, name):
    return (' ' + norm(name) + ' ') in texts[num]

ids = {}
for kind in ('persons', 'organizations', 'places'):
    for e in gold[kind]:
        if e['id'] in ids and ids[e['id']] != kind: err('id in two kinds', e['id'])
        ids[e['id']] = kind
        names = [e['label']] + e['altLabels']
        for a in e['articles']:
            if a not in texts: err(e['id'], 'unknown article', a); continue
            if not e.get('optional') and not any(has(a, n) for n in names):
                print('note', kind, e['id'], 'no name in', a, '(adjective or role only there)')
        if not e.get('optional') and not any(has(a, n) for a in e['articles'] if a in texts for n in names):
            err(kind, e['id'], 'no name in any of its articles')
        if not e.get('optional'):
            for n in names:
                if not any(has(a, n) for a in e['articles'] if a in texts):
                    print('note', e['id'], 'name never in its articles:', n)
for p in gold['posts']:
    if ids.get(p['holder']) != 'persons': err('post holder', p['holder'])
    if ids.get(p['organization']) not in ('organizations', 'places'): err('post org', p['organization'])
for m in gold['meetings']:
    for a in m['attendees']:
        if ids.get(a) not in ('persons', 'organizations'): err('meeting', m['id'], 'attendee', a)
    if 'place' in m and ids.get(m['place']) != 'places': err('meeting', m['id'], 'place', m['place'])
    if m['status'] not in ('TookPlace', 'Planned', 'Cancelled', 'Postponed'): err('status', m['id'])
    if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', m['date']): err('date', m['id'], m['date'])
STOP = set('le la les l un une des de du d et a à en au aux pour par sur que qu qui ne pas se s ce c est il elle nous on y dans avec plus ses son sa leur leurs'.split())
for c in gold['claims']:
    if ids.get(c['speaker']) not in ('persons', 'organizations'): err('claim speaker', c['id'], c['speaker'])
    for a in c['articles']:
        if a not in texts: err(c['id'], 'unknown article', a); continue
        words_art = set(texts[a].split())
        best = 0.0
        for r in c['text'].split(' ; '):
            w = [x for x in norm(r).split() if x not in STOP]
            if w: best = max(best, sum(x in words_art for x in w) / len(w))
        if best < 0.85: err('claim', c['id'], 'words missing in', a, round(best, 2))
listed = {a for k in ('persons','organizations','places','posts','meetings','claims') for x in gold[k] for a in x['articles']}
for stem in gold['articles']:
    if stem not in manifest: err('manifest lacks', stem)
    if stem.split('_')[0] not in listed: err('article with no item', stem)
print('errors:', errors, '|', {k: len(gold[k]) for k in gold if isinstance(gold[k], list)})
sys.exit(1 if errors else 0)
