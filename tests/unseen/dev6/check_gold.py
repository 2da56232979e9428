import json,sys,os,re,unicodedata
gold=json.load(open(sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),"dev6.gold.json")))
d=os.path.join(os.path.dirname(os.path.abspath(__file__)),"articles")
texts={}
for n in os.listdir(d): texts[n[:3]]=open(os.path.join(d,n),encoding='utf-8').read()
def norm(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    s=re.sub(r'[^\w]+',' ',s); return ' '+' '.join(s.split())+' '
nt={k:norm(v) for k,v in texts.items()}
err=0
def bad(*a):
    global err; err+=1; print('ERR',*a)
ids={}
for kind in ['persons','organizations','places']:
    for x in gold[kind]:
        if x['id'] in ids: bad('dup id',x['id'])
        ids[x['id']]=kind
        F=lambda lab: re.sub(r'^ (le|la|les|l) ',' ',norm(lab))
        for a in x['articles']:
            if a not in texts: bad('no article',a,x['id']); continue
            if not any(F(lab) in nt[a] for lab in [x['label']]+x['altLabels']):
                if x.get('optional'): print('note: optional',kind,x['id'],'named only by an adjective or a credit in',a)
                else: bad(kind,x['id'],'no label in',a)
        for lab in [x['label']]+x['altLabels']:
            if x['articles'] and not any(F(lab) in nt[a] for a in x['articles'] if a in nt):
                if x.get('optional') and lab==x['label']: pass
                else: bad(kind,x['id'],repr(lab),'in none of its articles')
for p in gold['posts']:
    if p['holder'] not in ids: bad('post holder',p)
    if p['organization'] not in ids: bad('post org',p)
    for a in p['articles']:
        hold=[x for x in gold['persons'] if x['id']==p['holder']]
        if hold and a not in hold[0]['articles']: bad('post article not in holder',p['holder'],a)
mids=set()
for m in gold['meetings']:
    if m['id'] in mids: bad('dup meeting',m['id'])
    mids.add(m['id'])
    for at in m['attendees']:
        if ids.get(at)!='persons': bad('attendee',m['id'],at)
        else:
            h=[x for x in gold['persons'] if x['id']==at][0]
            if not set(m['articles'])&set(h['articles']): bad('meeting attendee in none of its articles',m['id'],at)
    if 'place' in m and m['place'] not in ids: bad('meeting place',m['id'])
STOP=set('les des une est que qui pas pour par sur dans avec ses son sont aux nous vous ils elle plus mais cette ces leur tout'.split())
cids=set()
for c in gold['claims']:
    if c['id'] in cids: bad('dup claim',c['id'])
    cids.add(c['id'])
    if c['speaker'] not in ids: bad('speaker',c['id'])
    segs=[s for s in c['text'].split(' ; ')]
    for a in c['articles']:
        best=0
        for s in segs:
            w=[x for x in norm(s).split() if len(x)>2 and x not in STOP]
            ok=sum(1 for x in w if ' '+x+' ' in nt[a]); best=max(best,ok/len(w) if w else 0)
        if best<0.99: bad('claim words',c['id'],a,round(best,2))
    allw=[x for x in norm(c['text']).split() if len(x)>2]
    for x in allw:
        if not any(' '+x+' ' in nt[a] for a in c['articles']): bad('claim word missing',c['id'],x)
print('errors',err)
