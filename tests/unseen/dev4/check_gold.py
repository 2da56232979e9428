#!/usr/bin/env python3
"""Mechanical check of dev4.gold.json against the articles (run before any system run).

Every label/altLabel occurs (case/accent folded, punctuation as spaces, whole words) in at least one of the
item's articles and every listed article holds one of its names; every referenced id exists; every article
id exists; the words of each claim rendering (split on " ; ") occur in the claim's articles.
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = re.sub(r'[^\w]+', ' ', s)
    return ' ' + ' '.join(s.split()) + ' '

def main():
    gold = json.load(open(os.path.join(HERE, 'dev4.gold.json'), encoding='utf-8'))
    texts = {}
    for f in glob.glob(os.path.join(HERE, 'articles', '*.txt')):
        stem = os.path.basename(f)[:-4]
        texts[stem[:3]] = norm(open(f, encoding='utf-8').read())
    errors, warnings = [], []
    manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
    stems = sorted(os.path.basename(f)[:-4] for f in glob.glob(os.path.join(HERE, 'articles', '*.txt')))
    if sorted(gold['articles']) != stems: errors.append('gold articles list differs from articles/')
    if sorted(manifest) != stems: errors.append('manifest keys differ from articles/')
    ids = {}
    for kind in ('persons', 'organizations', 'places'):
        for e in gold[kind]:
            if e['id'] in ids: errors.append(f"duplicate id {e['id']}")
            ids[e['id']] = kind
            names = [e['label']] + e['altLabels']
            bad = [a for a in e['articles'] if a not in texts]
            if bad: errors.append(f"{e['id']}: unknown articles {bad}")
            sink = warnings if e.get('optional') else errors
            for a in e['articles']:
                if a in texts and not any(norm(n) in texts[a] for n in names):
                    sink.append(f"{kind} {e['id']}: no name found in {a}")
            for n in names:
                if not any(norm(n) in texts.get(a, '') for a in e['articles']):
                    sink.append(f"{kind} {e['id']}: name '{n}' in none of its articles")
    for p in gold['posts']:
        for k in ('holder', 'organization'):
            if p[k] not in ids: errors.append(f"post {p['holder']}/{p['role']}: unknown {k} {p[k]}")
        for a in p['articles']:
            if a not in texts: errors.append(f"post {p['holder']}: unknown article {a}")
    for m in gold['meetings']:
        for x in m['attendees'] + ([m['place']] if 'place' in m else []):
            if x not in ids: errors.append(f"meeting {m['id']}: unknown id {x}")
        if m['status'] not in ('TookPlace', 'Planned', 'Cancelled', 'Postponed'): errors.append(f"meeting {m['id']}: status")
        for a in m['articles']:
            if a not in texts: errors.append(f"meeting {m['id']}: unknown article {a}")
    for c in gold['claims']:
        if c['speaker'] not in ids: errors.append(f"claim {c['id']}: unknown speaker {c['speaker']}")
        arts = [texts[a] for a in c['articles'] if a in texts]
        if len(arts) != len(c['articles']): errors.append(f"claim {c['id']}: unknown article")
        for part in c['text'].split(' ; '):
            words = [w for w in norm(part).split() if len(w) > 3]
            missing = [w for w in words if not any(f' {w} ' in t for t in arts)]
            if len(missing) > max(1, len(words) // 5):
                errors.append(f"claim {c['id']}: words not in its articles: {missing}")
            elif missing:
                warnings.append(f"claim {c['id']}: words not in its articles: {missing}")
    for w in warnings: print('warning:', w)
    for e in errors: print('ERROR:', e)
    counts = {k: (len(gold[k]), sum(1 for x in gold[k] if not x.get('optional'))) for k in
              ('persons', 'organizations', 'places', 'posts', 'meetings', 'claims')}
    print('items (all, required):', counts)
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
