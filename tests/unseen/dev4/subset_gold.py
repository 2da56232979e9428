#!/usr/bin/env python3
"""Restricts a gold file to the articles whose number lies in [lo, hi]: usage subset_gold.py SRC DST LO HI."""
import json,sys
src,dst,lo,hi=sys.argv[1],sys.argv[2],int(sys.argv[3]),int(sys.argv[4])
g=json.load(open(src,encoding='utf-8'))
keep=lambda a:lo<=int(a[:3])<=hi
g['articles']=[a for a in g['articles'] if keep(a)]
for k in ('persons','organizations','places','posts','meetings','claims'):
    out=[]
    for x in g[k]:
        arts=[a for a in x['articles'] if keep(a)]
        if arts:
            x=dict(x); x['articles']=arts; out.append(x)
    g[k]=out
json.dump(g,open(dst,'w',encoding='utf-8'),ensure_ascii=False,indent=1)
