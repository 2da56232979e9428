# Restrict dev7.gold.json to an article-number range: python3 subset.py GOLD FIRST LAST OUT (used for the per-batch first runs)
import json,sys
g=json.load(open(sys.argv[1])); lo,hi=int(sys.argv[2]),int(sys.argv[3]); out=sys.argv[4]
keep=lambda arts:[a for a in arts if lo<=int(a)<=hi]
r={'description':g['description']+' (subset)','articles':[a for a in g['articles'] if lo<=int(a[:3])<=hi]}
ids=set()
for k in ['persons','organizations','places']:
    r[k]=[]
    for e in g[k]:
        a=keep(e['articles'])
        if a: e=dict(e,articles=a); r[k].append(e); ids.add(e['id'])
need=set()
for k in ['posts','meetings','claims']:
    r[k]=[]
    for e in g[k]:
        a=keep(e['articles'])
        if a:
            e=dict(e,articles=a); r[k].append(e)
            for f in ['holder','organization','speaker','place']:
                if f in e: need.add(e[f])
            for x in e.get('attendees',[]): need.add(x)
missing=need-ids
for k in ['persons','organizations','places']:
    for e in g[k]:
        if e['id'] in missing: r[k].append(dict(e,optional=True)); print('kept as optional',e['id'])
json.dump(r,open(out,'w'),ensure_ascii=False,indent=1)
