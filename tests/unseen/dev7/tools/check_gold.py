"""Mechanical check of dev7.gold.json against the articles (run from the repository root):
every entity has each listed article containing one of its names and every name occurring in one of its
articles (case/accent/punctuation folded, whole words), every referenced id exists, no two entities share a
label, and the content words of every claim (or of one of its ' ; '-joined renderings) occur in each article."""
import json, re, sys, unicodedata, glob, os
root = os.path.join(os.path.dirname(__file__), '..')
gold = json.load(open(os.path.join(root, 'dev7.gold.json'), encoding='utf-8'))
texts = {os.path.basename(p)[:3]: open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(root, 'articles', '*.txt'))}
def norm(s):
    s = unicodedata.normalize('NFD', s.lower()); s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return ' ' + ' '.join(re.sub(r'[^\w]+', ' ', s).split()) + ' '
STOP = set('le la les de des du un une et a à au aux en d l que qui pour par sur dans est ce c n ne pas plus se sa son ses ont été avec on il elle nous vous ils y s qu j m t'.split())
T = {k: norm(v) for k, v in texts.items()}
err = 0; ids = {}; labels = {}
for k in ['persons', 'organizations', 'places']:
    for e in gold[k]:
        ids[e['id']] = k
        names = [e['label']] + e['altLabels']
        for a in e['articles']:
            if not any(norm(n) in T[a] for n in names): print('name missing', e['id'], a); err += 1
        for n in names:
            if not any(norm(n) in T[a] for a in e['articles']): print('variant missing', e['id'], n); err += 1
        if norm(e['label']) in labels: print('duplicate label', e['id'], labels[norm(e['label'])]); err += 1
        labels[norm(e['label'])] = e['id']
for p in gold['posts']:
    for f in ['holder', 'organization']:
        if p[f] not in ids: print('bad ref', p); err += 1
for m in gold['meetings']:
    for x in m['attendees'] + ([m['place']] if 'place' in m else []):
        if x not in ids: print('bad ref', m['id'], x); err += 1
for c in gold['claims']:
    if c['speaker'] not in ids: print('bad speaker', c['id']); err += 1
    parts = c['text'].split(' ; ')
    for a in c['articles']:
        if not any(all(' ' + w + ' ' in T[a] for w in norm(p).split() if w not in STOP) for p in parts):
            print('claim words missing', c['id'], a); err += 1
print('errors:', err)
sys.exit(1 if err else 0)
