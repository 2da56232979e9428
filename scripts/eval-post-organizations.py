#!/usr/bin/env python3
"""Strict post scoring: a gold post counts only when kg eval's match (same holder, role words) also has the gold
organization or country in the post's own nodes: one of its names in the post's label, alternative labels or role label,
or as the label of its org:postIn / kg:postCountry / schema:location node (or the parent of its org:postIn).
This is how the outside scorer of issue 9 reads posts; `kg eval` checks holder and role only.

    scripts/eval-post-organizations.py GOLD.json BUILD_FOLDER [-v]      (-v lists the matched posts with a wrong/missing one)
"""
import json, subprocess, sys, unicodedata, csv, io, re
from collections import defaultdict
gold_path, out = sys.argv[1], sys.argv[2]
verbose = len(sys.argv) > 3
def fold(t):
    d = unicodedata.normalize('NFD', t)
    return ''.join(c.lower() for c in d if unicodedata.category(c) != 'Mn').replace('\u2019', "'")
def toks(t):
    return [x for x in re.split(r'[^0-9a-z]+', re.sub(r'[^\w]', ' ', fold(t))) if x] if t else []
STOP = set("le la les l un une des de du d et a au aux en que qu qui ce c se s il elle ils on n ne pas est sur pour par dans y".split())
def name(t):
    ts = toks(t)
    if len(ts) > 1 and ts[0] in ('le','la','les','l'): ts = ts[1:]
    return ' '.join(ts)
def content(t): return [x for x in toks(t) if x not in STOP]
def stem(t): return t.rstrip('s').rstrip('e') if len(t) > 4 else t
def rolematch(g, s):
    g = {stem(x) for x in g}; s = {stem(x) for x in s}
    return bool(g) and bool(s) and (g <= s or s <= g)
Q = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/kgnews/ontology#>
SELECT ?x ?kind ?v WHERE {
 ?x a org:Post .
 { ?x org:heldBy/(rdfs:label|skos:altLabel) ?v BIND("h" AS ?kind) }
 UNION { ?x (rdfs:label|skos:altLabel|org:role/skos:prefLabel) ?v BIND("r" AS ?kind) }
 UNION { ?x (org:postIn|kg:postCountry|<https://schema.org/location>)/(rdfs:label|skos:altLabel) ?v BIND("o" AS ?kind) }
 UNION { ?x org:postIn/org:subOrganizationOf/(rdfs:label|skos:altLabel) ?v BIND("o" AS ?kind) }
}"""
import os
kg = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'kg')
r = subprocess.run([kg,'query','--data',out,'--union-default-graph','-q',Q,'-f','csv'],capture_output=True,text=True)
posts = defaultdict(lambda: {'h':set(),'r':set(),'o':set()})
for row in csv.DictReader(io.StringIO(r.stdout)):
    posts[row['x']][row['kind']].add(row['v'])
g = json.load(open(gold_path))
ents = {}
for k in ('persons','organizations','places'):
    for e in g.get(k, []): ents[e['id']] = {name(n) for n in [e['label']] + e.get('altLabels', [])}
used = set(); tp = tpr = 0; n = 0; fails = []
for gp in g['posts']:
    if gp.get('optional'): continue
    n += 1
    hn = ents.get(gp['holder'], set())
    role = content(gp['role'])
    cands = sorted(x for x, p in posts.items() if x not in used and ({name(v) for v in p['h']} & hn) and any(rolematch(role, content(t)) for t in p['r']))
    if not cands: continue
    tpr += 1
    orgid = gp.get('organization')
    on = ents.get(orgid, set()) if orgid else set()
    def has(x):
        if not on: return True
        texts = [' ' + ' '.join(toks(v)) + ' ' for v in posts[x]['o'] | posts[x]['r']]
        return any(' ' + o + ' ' in t for o in on if o for t in texts)
    good = [x for x in cands if has(x)]
    pick = (good or cands)[0]; used.add(pick)
    if good: tp += 1
    else: fails.append(f"  wrong org: {gp['holder']} {gp['role']} gold={orgid} sys={sorted(posts[pick]['o'])} {sorted(posts[pick]['r'])[:2]}")
sysn = len(posts)
p = tp/sysn if sysn else 0; rc = tp/n if n else 0
print(f"strict gold {n} sys {sysn} tp {tp} (role-only tp {tpr}) P {p:.3f} R {rc:.3f} F1 {2*p*rc/(p+rc) if p+rc else 0:.3f}")
if verbose: print('\n'.join(fails))
