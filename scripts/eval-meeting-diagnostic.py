#!/usr/bin/env python3
"""Meeting diagnostic: for each required gold meeting, the system meeting sharing most attendees, and what differs (missing
and extra attendees, date ok / coarser / wrong / none), with counts over all the pairs given. Reads the graphs with rdflib
(Debian python3-rdflib, installed by scripts/install-tools.sh; run it with /usr/bin/python3 if another python3 comes first).
Used to find why the stricter rows "(meetings (dated))" and "(meetings (exact))" of kg eval miss.

    scripts/eval-meeting-diagnostic.py GOLD1.json GRAPH1.ttl [GOLD2.json GRAPH2.ttl ...]
"""
import json,sys,rdflib,unicodedata,re,collections
def fold(t):
    t=''.join(c for c in unicodedata.normalize('NFD',t.lower()) if unicodedata.category(c)!='Mn')
    t=re.sub(r"[^\w]+"," ",t).strip(); t=re.sub(r"^(le|la|les|l) ","",t); return t
S=rdflib.Namespace('https://schema.org/'); RDFS=rdflib.RDFS; SKOS=rdflib.Namespace('http://www.w3.org/2004/02/skos/core#')
stats=collections.Counter()
for gold_path,graph in zip(sys.argv[1::2],sys.argv[2::2]):
    g=json.load(open(gold_path)); G=rdflib.Graph(); G.parse(graph)
    ents={}; kind={}
    for k in ('persons','organizations','places'):
        for e in g.get(k,[]): ents[e['id']]={fold(n) for n in [e['label']]+e.get('altLabels',[])}; kind[e['id']]=k
    def names(n): return {fold(str(x)) for p in (RDFS.label,SKOS.altLabel,S.name) for x in G.objects(n,p)}
    sysm=[]
    for ev in set(G.subjects(S.attendee,None)):
        at={a:names(a) for a in G.objects(ev,S.attendee)}
        d=sorted(str(x) for x in G.objects(ev,S.startDate))
        sysm.append((ev,at,d[0] if d else None))
    for m in g['meetings']:
        if m.get('optional'): continue
        def gid_in(gid,at): return any(ents.get(gid,set())&ns for ns in at.values())
        best=max(sysm,key=lambda s:sum(gid_in(a,s[1]) for a in m['attendees']),default=None)
        if not best or sum(gid_in(a,best[1]) for a in m['attendees'])<1: stats['no match']+=1; continue
        ev,at,d=best
        miss=[a for a in m['attendees'] if not gid_in(a,at)]
        extra=[sorted(ns)[0] if ns else '?' for n,ns in at.items() if not any(ns&ents.get(a,set()) for a in m['attendees'])]
        for a in miss: stats['missing '+kind.get(a,'?')]+=1
        for e in extra:
            k=next((kind[i] for i,v in ents.items() if fold(e) in v),'not in gold')
            stats['extra '+k]+=1
        dd = 'date ok' if (m.get('date') is None or (d and d.startswith(m['date']))) else ('no date' if d is None else ('coarser' if m['date'].startswith(d) else 'wrong date'))
        stats[dd]+=1
        if miss or extra or dd!='date ok':
            print(f"{gold_path.split('/')[-1][:6]} {m['id'][:30]:30} g={m.get('date')} s={d} {dd} | miss={[ '/'.join(sorted(ents[a]))[:25] for a in miss]} extra={extra}")
print(stats)
