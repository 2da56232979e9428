# Mechanical check of dev3.gold.json against the article texts (run: python3 check_gold.py dev3.gold.json).
# Names are normalised as the scorer does (lowercase, accents folded, punctuation to spaces) and looked up as whole words:
# every entity has one of its names in each listed article and each name in one of them; every referenced id exists;
# every claim rendering has most of its content words in each listed article and all of them in its articles together.
import json,sys,glob,os,re,unicodedata
gold=json.load(open(sys.argv[1],encoding='utf-8'))
DIR=os.path.dirname(os.path.abspath(sys.argv[1]))
def norm(s):
    s=unicodedata.normalize('NFD',s.lower())
    s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    s=re.sub(r'[^\w]+',' ',s)
    return ' '+s.strip()+' '
texts={}
for st in gold['articles']:
    texts[st[:3]]=norm(open(f'{DIR}/articles/{st}.txt',encoding='utf-8').read())
errs=[]
ids={}
for k in ['persons','organizations','places']:
    for e in gold[k]:
        if e['id'] in ids: errs.append(f"dup id {e['id']}")
        ids[e['id']]=k
        names=[e['label']]+e['altLabels']
        for a in e['articles']:
            if a not in texts: errs.append(f"{e['id']}: unknown article {a}"); continue
            if not any(norm(n) in texts[a] for n in names): errs.append(f"{k} {e['id']}: no name in {a}")
        for n in names:
            if not any(norm(n) in texts.get(a,'') for a in e['articles']): errs.append(f"{k} {e['id']}: name '{n}' in none of its articles")
for p in gold['posts']:
    if ids.get(p['holder'])!='persons': errs.append(f"post holder {p['holder']}")
    if p.get('organization') and p['organization'] not in ids: errs.append(f"post org {p['organization']}")
    for a in p['articles']:
        if a not in texts: errs.append(f"post article {a}")
    # holder must be mentioned in each post article
mids=set()
for m in gold['meetings']:
    if m['id'] in mids: errs.append('dup meeting '+m['id'])
    mids.add(m['id'])
    for x in m['attendees']:
        if x not in ids: errs.append(f"meeting {m['id']} attendee {x}")
    if m.get('place') and ids.get(m['place'])!='places': errs.append(f"meeting {m['id']} place {m['place']}")
    if m['status'] not in ('TookPlace','Planned','Cancelled','Postponed'): errs.append('status '+m['id'])
    if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?',m['date']): errs.append('date '+m['id'])
    for a in m['articles']:
        if a not in texts: errs.append(f"meeting article {a}")
        for x in m['attendees']:
            pass
cids=set()
stop=set('le la les de des du un une et en à a au aux que qui pour par sur ne pas nous est ce c l d qu s n il elle on se sa son ses nos notre y dans avec plus'.split())
for c in gold['claims']:
    if c['id'] in cids: errs.append('dup claim '+c['id'])
    cids.add(c['id'])
    if c['speaker'] not in ids: errs.append(f"claim {c['id']} speaker {c['speaker']}")
    for a in c['articles']:
        if a not in texts: errs.append(f"claim {c['id']} article {a}"); continue
        best=0
        for part in c['text'].split(' ; '):
            ws=[w for w in norm(part).split() if w not in stop]
            if not ws: continue
            best=max(best,sum((' '+w+' ') in texts[a] for w in ws)/len(ws))
        if best<0.8: errs.append(f"claim {c['id']} only {best:.2f} of words in {a}")
    allw=' '.join(texts[a] for a in c['articles'] if a in texts)
    miss=[w for w in norm(c['text']).split() if w not in stop and (' '+w+' ') not in allw]
    if miss: errs.append(f"claim {c['id']} words not in its articles: {miss}")
# every article has at least one item
for a in texts:
    if not any(a in e['articles'] for k in ['persons'] for e in gold[k]): errs.append('no person in '+a)
print('\n'.join(errs) if errs else 'OK', len(errs))
