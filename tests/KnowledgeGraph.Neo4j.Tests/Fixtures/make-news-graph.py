#!/usr/bin/env python3
"""Writes news-graph.nq: a small dataset shaped like docs/graph-model.md, one named graph per article
(the people and places are invented). Re-run after editing: python3 make-news-graph.py"""
P = {
 'rdf':'http://www.w3.org/1999/02/22-rdf-syntax-ns#','rdfs':'http://www.w3.org/2000/01/rdf-schema#',
 'xsd':'http://www.w3.org/2001/XMLSchema#','schema':'https://schema.org/','foaf':'http://xmlns.com/foaf/0.1/',
 'org':'http://www.w3.org/ns/org#','prov':'http://www.w3.org/ns/prov#','skos':'http://www.w3.org/2004/02/skos/core#',
 'kg':'https://w3id.org/kgnews/ontology#','id':'https://w3id.org/kgnews/id/','gr':'https://w3id.org/kgnews/graph/',
}
def iri(t):
    p, l = t.split(':', 1); return '<' + P[p] + l + '>'
def esc(v): return v.replace('\\', '\\\\').replace('"', '\\"')
def obj(o):
    if isinstance(o, tuple):
        val, tag = o
        return f'"{esc(val)}"{tag}' if tag.startswith('@') else f'"{esc(val)}"^^{iri(tag)}'
    if o.startswith('_:'): return o
    if ':' in o and o.split(':', 1)[0] in P: return iri(o)
    return f'"{esc(o)}"'
lines = []
def add(g, s, p, o):
    subj = s if s.startswith('_:') else iri(s)
    lines.append(f'{subj} {iri(p)} {obj(o)}' + (f' {iri(g)}' if g else '') + ' .')
A1, A2 = 'gr:000_aaaa', 'gr:001_bbbb'
art1, art2 = 'id:article/000_aaaa', 'id:article/001_bbbb'
for g, a, ident, date, pub, name in [(A1, art1, '000_aaaa', ('2025-08-14', 'xsd:date'), 'id:organization/le-journal', 'Le Journal'),
                                     (A2, art2, '001_bbbb', ('2025-08', 'xsd:gYearMonth'), 'id:organization/la-gazette', 'La Gazette')]:
    add(g, a, 'rdf:type', 'schema:NewsArticle')
    add(g, a, 'schema:identifier', ident)
    add(g, a, 'schema:datePublished', date)
    add(g, a, 'schema:publisher', pub)
    add(g, a, 'schema:inLanguage', 'fr')
    add(g, pub, 'rdf:type', 'schema:Organization')
    add(g, pub, 'rdf:type', 'schema:NewsMediaOrganization')
    add(g, pub, 'rdf:type', 'org:Organization')
    add(g, pub, 'rdfs:label', (name, '@fr'))
for g in (A1, A2):
    add(g, 'id:person/alice-martin', 'rdf:type', 'schema:Person')
    add(g, 'id:person/alice-martin', 'rdf:type', 'foaf:Person')
    add(g, 'id:person/alice-martin', 'rdfs:label', ('Alice Martin', '@fr'))
add(A1, 'id:person/alice-martin', 'skos:altLabel', ('Martin', '@fr'))
add(A2, 'id:person/alice-martin', 'skos:altLabel', ('A. Martin', '@fr'))
add(A1, 'id:person/alice-martin', 'rdfs:label', ('Alice Martin (en)', '@en'))
for g, p, name in ((A1, 'id:person/bruno-keller', 'Bruno Keller'), (A2, 'id:person/chloe-durand', 'Chloé Durand')):
    add(g, p, 'rdf:type', 'schema:Person')
    add(g, p, 'rdf:type', 'foaf:Person')
    add(g, p, 'rdfs:label', (name, '@fr'))
add(A1, 'id:organization/ministere', 'rdf:type', 'schema:Organization')
add(A1, 'id:organization/ministere', 'rdf:type', 'schema:GovernmentOrganization')
add(A1, 'id:organization/ministere', 'rdf:type', 'org:Organization')
add(A1, 'id:organization/ministere', 'rdfs:label', ('ministère des Affaires étrangères', '@fr'))
for g in (A1, A2):
    add(g, 'id:place/geneve', 'rdf:type', 'schema:Place')
    add(g, 'id:place/geneve', 'rdf:type', 'schema:City')
    add(g, 'id:place/geneve', 'rdfs:label', ('Genève', '@fr'))
post = 'id:post/alice-martin-ministre'
add(A1, post, 'rdf:type', 'org:Post')
add(A1, post, 'rdfs:label', ('ministre des Affaires étrangères', '@fr'))
add(A1, post, 'org:heldBy', 'id:person/alice-martin')
add(A1, post, 'org:postIn', 'id:organization/ministere')
add(A1, 'id:person/alice-martin', 'org:holds', post)
add(A1, post, 'prov:wasDerivedFrom', art1)
m = 'id:meeting/2025-08-15-geneve'
for g, a in ((A1, art1), (A2, art2)):
    add(g, m, 'rdf:type', 'schema:Event')
    add(g, m, 'rdf:type', 'kg:Talks')
    add(g, m, 'rdfs:label', ('Rencontre à Genève', '@fr'))
    add(g, m, 'schema:attendee', 'id:person/alice-martin')
    add(g, m, 'schema:location', 'id:place/geneve')
    add(g, m, 'schema:subjectOf', a)
    add(g, m, 'schema:startDate', ('2025-08-15', 'xsd:date'))
    add(g, m, 'schema:eventStatus', 'kg:EventTookPlace')
add(A1, m, 'schema:attendee', 'id:person/bruno-keller')
add(A2, m, 'schema:attendee', 'id:person/chloe-durand')
add(A1, m, 'schema:duration', ('PT5H', 'xsd:duration'))
c = 'id:claim/martin-accord'
for g, a, q, text, start, direct in ((A1, art1, 'id:quotation/000_aaaa-812-843', "Nous sommes proches d'un accord", 812, True),
                                     (A2, art2, 'id:quotation/001_bbbb-95-115', 'un accord est proche', 95, False)):
    add(g, c, 'rdf:type', 'schema:Claim')
    add(g, c, 'schema:author', 'id:person/alice-martin')
    add(g, c, 'schema:appearance', a)
    add(g, c, 'kg:renderedBy', q)
    add(g, c, 'schema:text', ("Nous sommes proches d'un accord", '@fr'))
    add(g, c, 'schema:dateCreated', ('2025-08-15', 'xsd:date'))
    add(g, q, 'rdf:type', 'schema:Quotation')
    add(g, q, 'rdf:type', 'kg:Quotation')
    add(g, q, 'schema:spokenByCharacter', 'id:person/alice-martin')
    add(g, q, 'schema:text', (text, '@fr'))
    add(g, q, 'schema:isPartOf', a)
    add(g, q, 'kg:rendersClaim', c)
    add(g, q, 'kg:isDirectQuote', ('true' if direct else 'false', 'xsd:boolean'))
    add(g, q, 'kg:startOffset', (str(start), 'xsd:integer'))
    add(g, q, 'kg:endOffset', (str(start + len(text)), 'xsd:integer'))
    add(g, q, 'prov:wasDerivedFrom', a)
for p in ('id:person/alice-martin', 'id:place/geneve', 'id:organization/ministere', 'id:person/bruno-keller'):
    add(A1, art1, 'schema:mentions', p)
for p in ('id:person/alice-martin', 'id:place/geneve', 'id:person/chloe-durand'):
    add(A2, art2, 'schema:mentions', p)
add(A1, '_:act1', 'rdf:type', 'prov:Activity')
add(A1, '_:act1', 'prov:used', art1)
add(A1, '_:act1', 'rdfs:comment', 'extraction run')
add(None, 'kg:Talks', 'rdfs:subClassOf', 'kg:Meeting')
add(None, 'kg:Meeting', 'rdfs:subClassOf', 'schema:Event')
add(None, 'kg:Meeting', 'rdfs:label', ('Meeting', '@en'))
out = list(dict.fromkeys(lines))
with open('news-graph.nq', 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'quads')
