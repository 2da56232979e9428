#!/usr/bin/env python3
"""Gold-free precision audit of the persons and organizations of built graphs.

Usage:
    python3 scripts/entity-audit.py [--list] NAME=BUILD_DIR_OR_GRAPH_TTL [...]

Counts, per graph and in total, the entity nodes that the French lexicon (Resources/lexicon-fr.tsv.gz) and the
recognizer's own data (org-cues-fr.tsv, first-name lists) flag as suspicious. No gold is read: the figures measure
precision on any text, e.g. the analysis sets, the seeds and the generated benchmark corpus (`kg bench build
--corpus DIR`, then `kg build DIR -o OUT`). Why: the blind sets showed that precision (false positives, wrong type,
one entity split into two nodes) is the gap, and gold exists for a few hundred entities only.

Checks (a node may have several):
  org-common     organization label of one or two content words, all common nouns/adjectives (lexicon readings in
                 lower case only), with no proper word, no acronym, no organization head word (org-cues-fr.tsv) first,
                 and no outlet: "Centre sportif", "Libertés", "Rouge"
  org-verb       organization label holding a lower-case word the lexicon reads only as a finite verb, or as a
                 participle opening a phrase ("Société basée à", "Start-up fondée en")
  org-person     organization label that holds the full label of a person node of the same article, or a civility
                 title (M., Mme, Me, Dr): the span ran over a person's name
  person-common  person label without a known first name, with a capitalised word of 4+ letters the lexicon knows only
                 in lower case (no first name, surname or place reading): "Innovation", "Nuvola Santé", "Namurois"
  person-body    person label with an organization head word (org-cues-fr.tsv) or a demonym, or a label that is also
                 the label of an organization or place node of the graph: a body or a people typed as a person
  split-acronym  two organization nodes of one article where one label is the acronym of the other
                 ("ARS" / "Agence régionale de santé")
  split-article  two nodes of one article whose labels differ only by a leading article ("La Poste" / "Poste")
  split-prefix   two organization nodes of one article where one label opens the other ("Netflix" / "Netflix
                 France"): a short and a long form of one body, or a boundary error
  cross-kind     one label (or alt label) on a person node and on an organization node of one article
  org-venue      organization label opened by a lower-case venue noun (entity-words-fr.tsv venue-head: "aéroport
                 Jomo-Kenyatta", "stade X") or closed by a capitalised venue word ("X Stadium", "X Convention Centre"): a facility typed as a body
  org-service    organization label opened by a transport service or line word ("TGV Strasbourg-Bruxelles", "Tram T1",
                 "IC Bruxelles-Amsterdam"): a train or a line, no body
  split-person   two person nodes where one label's words (folded, hyphens and particles aside) are all words of the other,
                 or whose labels differ by one letter in a word of 5+ letters: one person told two ways ("Ould Jiddou" /
                 "Ould Jeddou"), or two people of one family (read before counting them as errors)
--list prints every flagged label, so each count can be read.
"""
import gzip
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, 'src', 'KnowledgeGraph.Extraction', 'Resources')

# the one folding mirror of TextFolding.Fold (C#), shared with the lexicon generator
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'src', 'KnowledgeGraph.Extraction', 'Resources', 'generator'))
from generate_lexicon import fold  # noqa: E402


class Lexicon:
    """folded form -> readings: (lower-case surface?, pos, moods, flags)."""

    def __init__(self, path):
        tags, analyses, self.forms = {}, {}, {}
        with gzip.open(path, 'rt', encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                cols = line.split('\t')
                if cols[0] == '@t':
                    tags[cols[1]] = (cols[2], cols[5], cols[7])
                elif cols[0] == '@a':
                    analyses[cols[1]] = cols[4]
                else:
                    readings = []
                    for group in cols[1:]:
                        for g in group.split(' '):
                            surface, _, ids = g.rpartition('|')
                            surface = surface or cols[0]
                            lower = surface == surface.lower()
                            for i in ids.split(','):
                                if i in analyses:
                                    pos, moods, flags = tags[analyses[i]]
                                    readings.append((lower, pos, moods, flags))
                    self.forms[cols[0]] = readings

    def readings(self, word):
        return self.forms.get(fold(word), [])


FUNCTION_POS = {'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON'}
FINITE = {'Ip', 'Iq', 'Is', 'If', 'K', 'Sp', 'Sq'}
# a participle followed by one of these opens a participial phrase ("fondée en 2019", "basée à Dakar", "créé par")
AGENT_PREPOSITIONS = {'a', 'en', 'par', 'depuis', 'dans', 'au', 'aux'}
TITLES = {'m.', 'mme', 'mmes', 'me', 'dr', 'mgr', 'mlle'}
ARTICLES = {'le', 'la', 'les', "l'", 'l’'}


def words(label):
    return [w for w in re.split(r"[\s]+|(?<=['’])", label) if w]


def is_acronym(w):
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def proper_word(lex, firsts, w):
    """A capitalised word the lexicon does not know in lower case only (a name, a place, an unknown word)."""
    if not w[:1].isupper():
        return False
    core = w.strip("'’.,-")
    if fold(core) in firsts:
        return True
    rs = lex.readings(core)
    if not rs:
        return True
    return any(not lower or flags != '-' or pos == 'PROPN' for lower, pos, moods, flags in rs)


def common_only(lex, w):
    rs = lex.readings(w.strip("'’.,"))
    return bool(rs) and all(lower and flags in ('-', 'loc') and pos != 'PROPN' for lower, pos, moods, flags in rs)


def load_names(path, col=0):
    out = set()
    if not os.path.exists(path):
        return out
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            out.add(fold(line.rstrip('\n').split('\t')[col]))
    return out


def parse_graph(path):
    """Entity nodes of a kg graph.ttl: id -> {kind, labels, alts, articles}."""
    nodes = {}
    cur = None
    kinds = {'person:': 'person', 'organization:': 'organization', 'place:': 'place'}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line and not line[0].isspace():
                cur = None
                for prefix, kind in kinds.items():
                    if line.startswith(prefix):
                        cur = {'kind': kind, 'label': None, 'alts': [], 'articles': [], 'outlet': 'NewsMediaOrganization' in line}
                        nodes[line.split(' ', 1)[0]] = cur
                        break
            if cur is None:
                continue
            m = re.search(r'rdfs:label "((?:[^"\\]|\\.)*)"', line)
            if m and cur['label'] is None:
                cur['label'] = m.group(1).replace('\\"', '"')
            for m in re.finditer(r'skos:altLabel ((?:"(?:[^"\\]|\\.)*"@\w+(?:, )?)+)', line):
                cur['alts'] += [a.replace('\\"', '"') for a in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))]
            if 'prov:wasDerivedFrom' in line:
                cur['articles'] += re.findall(r'article:(\S+?)(?=[ ,;.]*(?:,|;|\.|$))', line)
    return {k: v for k, v in nodes.items() if v['label']}


def strip_article(label):
    f = fold(label)
    for a in ("l'", 'le ', 'la ', 'les '):
        if f.startswith(a):
            return f[len(a):]
    return f


def initials(label):
    return ''.join(w[0] for w in re.split(r"[\s'’-]+", fold(label))
                   if w and w not in {'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'pour', 'en', 'a', 'au', 'aux', 'sur'})


VENUE_TAILS = {'stadium', 'arena', 'dome', 'centre', 'center', 'airport', 'hall'}
SERVICE_WORDS = {'tgv', 'ter', 'ic', 'ice', 'tram', 'tramway', 'rer', 'intercites', 'thalys', 'ouigo', 'metro', 'ligne', 'transilien'}
PARTICLES = {'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ben', 'bin', 'el', 'al', 'da', 'dos', 'di', 'y', 'ould', 'ibn'}


def name_words(label):
    return [w for w in re.split(r"[\s'’-]+", fold(label)) if w and w not in PARTICLES]


def one_letter_apart(a, b):
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def audit(nodes, lex, firsts, heads, venues=frozenset()):
    flags = defaultdict(list)
    by_article = defaultdict(list)
    for nid, n in nodes.items():
        for a in n['articles']:
            by_article[a].append(nid)
    labels_by_kind = defaultdict(set)
    for n in nodes.values():
        for l in [n['label']] + n['alts']:
            labels_by_kind[n['kind']].add(fold(l))
    for nid, n in sorted(nodes.items()):
        label, ws = n['label'], words(n['label'])
        if n['kind'] == 'organization':
            content = [w for w in ws if not all(r[1] in FUNCTION_POS for r in lex.readings(w)) or not lex.readings(w)]
            if 0 < len(content) <= 2 and not n['outlet'] and fold(content[0]) not in heads \
                    and not any(is_acronym(w) or proper_word(lex, firsts, w) for w in content) \
                    and all(common_only(lex, w) for w in content):
                flags['org-common'].append(label)
            for k, w in enumerate(ws):
                rs = lex.readings(w)
                participle_phrase = k + 1 < len(ws) and fold(ws[k + 1]) in AGENT_PREPOSITIONS
                if w[:1].islower() and rs and all(r[1] in ('VERB', 'AUX') and (set(r[2].split(',')) & FINITE
                                                                                  or 'Q' in r[2] and participle_phrase) for r in rs):
                    flags['org-verb'].append(label)
                    break
            # (a capitalised venue noun opens a body's name: "Église protestante unie", "Stade rennais", "Quai d'Orsay")
            if ws[0][:1].islower() and fold(ws[0]) in venues or len(ws) >= 2 and ws[-1][:1].isupper() and fold(ws[-1]) in VENUE_TAILS:
                flags['org-venue'].append(label)
            if fold(ws[0]) in SERVICE_WORDS and len(ws) >= 2:
                flags['org-service'].append(label)
            persons = [nodes[o]['label'] for a in n['articles'] for o in by_article[a]
                       if nodes[o]['kind'] == 'person' and len(words(nodes[o]['label'])) >= 2]
            if any(fold(p) in fold(label) and fold(p) != fold(label) for p in persons) or any(fold(w) in TITLES for w in ws):
                flags['org-person'].append(label)
        elif n['kind'] == 'person':
            # a surname may be a common word ("Bouton", "Le Goff"): only labels without a known first name count
            if not any(fold(w.split('-')[0]) in firsts for w in ws) \
                    and any(common_only(lex, w) for w in ws if w[:1].isupper() and len(w) > 3 and fold(w) not in TITLES):
                flags['person-common'].append(label)
            if any(fold(w) in heads for w in ws) or any('demonym' in r[3] for w in ws for r in lex.readings(w) if w[:1].isupper() and len(ws) == 1) \
                    or fold(label) in labels_by_kind['organization'] or fold(label) in labels_by_kind['place']:
                flags['person-body'].append(label)
    people = sorted((nid, name_words(n['label'])) for nid, n in nodes.items() if n['kind'] == 'person')
    for i in range(len(people)):
        for j in range(i + 1, len(people)):
            (xi, wx), (yi, wy) = people[i], people[j]
            if not wx or not wy:
                continue
            subset = set(wx) <= set(wy) or set(wy) <= set(wx)
            typo = len(wx) == len(wy) and sum(a != b for a, b in zip(wx, wy)) == 1 \
                and all(a == b or one_letter_apart(a, b) for a, b in zip(wx, wy))
            if subset or typo:
                flags['split-person'].append(nodes[xi]['label'] + ' | ' + nodes[yi]['label'])
    seen = set()
    for a, ids in sorted(by_article.items()):
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                x, y = nodes[ids[i]], nodes[ids[j]]
                pair = tuple(sorted((ids[i], ids[j])))
                if pair in seen:
                    continue
                lx = {fold(l) for l in [x['label']] + x['alts']}
                ly = {fold(l) for l in [y['label']] + y['alts']}
                if x['kind'] != y['kind'] and {x['kind'], y['kind']} == {'person', 'organization'} and lx & ly:
                    flags['cross-kind'].append(x['label'] + ' | ' + y['label'])
                    seen.add(pair)
                    continue
                if x['kind'] != y['kind']:
                    continue
                if {strip_article(l) for l in lx} & {strip_article(l) for l in ly} and not lx & ly:
                    flags['split-article'].append(x['label'] + ' | ' + y['label'])
                    seen.add(pair)
                    continue
                if x['kind'] != 'organization':
                    continue
                short, long_ = sorted((x, y), key=lambda n: len(n['label']))
                if is_acronym(short['label']) and ' ' in long_['label'] and any(
                        initials(l) == fold(short['label']).replace('-', '') for l in [long_['label']] + long_['alts']):
                    flags['split-acronym'].append(short['label'] + ' | ' + long_['label'])
                    seen.add(pair)
                elif fold(long_['label']).startswith(fold(short['label']) + ' '):
                    flags['split-prefix'].append(short['label'] + ' | ' + long_['label'])
                    seen.add(pair)
    return flags


CHECKS = ['org-common', 'org-verb', 'org-person', 'person-common', 'person-body',
          'split-acronym', 'split-article', 'split-prefix', 'cross-kind', 'org-venue', 'org-service', 'split-person']


def main(argv):
    show = '--list' in argv
    args = [a for a in argv if a != '--list']
    if not args:
        print(__doc__)
        return 2
    lex = Lexicon(os.path.join(RES, 'lexicon-fr.tsv.gz'))
    firsts = set()
    for name in ('first-names-intl.tsv', 'first-names-en.tsv', 'first-names-lexicon.tsv', 'first-names-gender.tsv'):
        firsts |= load_names(os.path.join(RES, name))
    heads = set()
    with open(os.path.join(RES, 'org-cues-fr.tsv'), encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 1 and not line.startswith('#') and cols[1] == 'head':
                heads.add(fold(cols[0]))
    venues = set()
    with open(os.path.join(RES, 'entity-words-fr.tsv'), encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 1 and cols[0] == 'venue-head':
                venues.add(fold(cols[1]))
    print('%-10s %5s %5s ' % ('graph', 'pers', 'orgs') + ' '.join('%6s' % c.split('-')[0][:3] + c.split('-')[1][:3] for c in CHECKS) + '  total')
    totals = defaultdict(int)
    listing = []
    for arg in args:
        name, _, path = arg.rpartition('=')
        name = name or os.path.basename(path.rstrip('/'))
        if os.path.isdir(path):
            path = os.path.join(path, 'graph.ttl')
        nodes = parse_graph(path)
        flags = audit(nodes, lex, firsts, heads, venues)
        np_ = sum(n['kind'] == 'person' for n in nodes.values())
        no = sum(n['kind'] == 'organization' for n in nodes.values())
        totals['pers'] += np_
        totals['orgs'] += no
        row = [len(flags[c]) for c in CHECKS]
        for c, v in zip(CHECKS, row):
            totals[c] += v
        print('%-10s %5d %5d ' % (name[:10], np_, no) + ' '.join('%9d' % v for v in row) + '  %5d' % sum(row))
        for c in CHECKS:
            for l in sorted(flags[c]):
                listing.append('%s\t%s\t%s' % (name, c, l))
    print('%-10s %5d %5d ' % ('TOTAL', totals['pers'], totals['orgs']) + ' '.join('%9d' % totals[c] for c in CHECKS)
          + '  %5d' % sum(totals[c] for c in CHECKS))
    if show:
        print()
        print('\n'.join(listing))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
