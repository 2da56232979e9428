#!/usr/bin/env python3
"""Writes the part of fresh-c.gold.json that concerns a range of articles, to score one batch built alone.

Usage: slice_gold.py FIRST LAST OUT.json   (e.g. 878 887 /tmp/b2.gold.json)
Every item keeps only its articles in [FIRST, LAST]; an item left with none is dropped.
"""
import json, os, sys

first, last, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
g = json.load(open(os.path.join(here, 'fresh-c.gold.json'), encoding='utf-8'))
inside = lambda a: first <= int(a[:3]) <= last
g['articles'] = [a for a in g['articles'] if inside(a)]
for kind in ('persons', 'organizations', 'places', 'posts', 'meetings', 'claims'):
    kept = []
    for item in g[kind]:
        item['articles'] = [a for a in item['articles'] if inside(a)]
        if item['articles']: kept.append(item)
    g[kind] = kept
json.dump(g, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
