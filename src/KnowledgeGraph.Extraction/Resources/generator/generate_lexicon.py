#!/usr/bin/env python3
"""Regenerates lexicon-fr.tsv.gz, the French morphological lexicon (see Resources/README.md).

Sources:
  * Grammalecte's spelling lexicon ("fr-allvars", every spelling variant), from Debian's python3-grammalecte
    (upstream lexicon by Olivier R., MPL-2.0; Debian's packaging states GPL-3 for the package as a whole).
  * The Lefff's verb conjugations, from npm french-verbs-lefff 3.4.0 (dist/conjugations.json, LGPL-LR): only the
    verbs that Grammalecte does not know are added.

Usage: the one command in Resources/README.md ("French lexicon"): it installs both sources, then runs
    /usr/bin/python3 generate_lexicon.py --lefff <french-verbs-lefff>/dist/conjugations.json --out <lexicon-fr.tsv.gz>
(/usr/bin/python3: Debian's module is installed for the system interpreter.)

Output: gzip (no name, no timestamp: byte-identical on every run) of a UTF-8 text file, sorted:
    # comment lines
    @t <id> <pos> <gender> <number> <moods> <persons> <flags>      tag table (our own tag set, see below)
    @a <id> <cut> <append> <tag>                                   analysis table: lemma = surface minus <cut>
                                                                   trailing chars plus <append>; <tag> a tag id
    <key> <group> [<group>...]                                     one line per folded form (sorted)
where <key> is the form lower-cased and accent-folded exactly like TextFolding.Fold in C# ("États" -> "etats"),
and a <group> is "<surface>|<analysis ids, comma-separated>", or just the ids when the surface equals the key.
Columns are tab-separated; groups are separated by spaces (no form contains a space).

Tag set: pos is a Universal-Dependencies-like code (NOUN PROPN ADJ VERB AUX ADV DET PRON ADP CCONJ SCONJ INTJ NUM
TITLE X); gender m/f/e (epicene) or -, number s/p/i (invariable) or -; moods is a comma list of Grammalecte's verb
codes (Y infinitive, P present participle, Q past participle, Ip Iq Is If K Sp Sq E), persons a comma list
(1s 2s 3s 1p 2p 3p); flags a comma list: first (first name), surname, place (proper noun), city, country,
demonym, language, loc (part of a multi-word expression).
"""
import argparse, gzip, io, json, sys, unicodedata

SPECIAL = {
    '’': "'", 'ʼ': "'", '‘': "'", '‑': '-', '‐': '-', '–': '-', 'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae',
    'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ħ': 'h', 'Ħ': 'h',
    'ı': 'i', 'þ': 'th', 'Þ': 'th', '\u00ad': '',
}


def fold(s):
    """Mirror of TextFolding.Fold (C#): a test checks that every key of the file is a fixed point of it."""
    out = []
    for c in s:
        if c in SPECIAL:
            out.append(SPECIAL[c])
        elif ord(c) < 128:
            out.append(c.lower())
        else:
            for d in unicodedata.normalize('NFD', c):
                if unicodedata.category(d) != 'Mn':
                    out.append(d.lower())
    return ''.join(out)


MOODS = ('Y', 'P', 'Q', 'Ip', 'Iq', 'Is', 'If', 'K', 'Sp', 'Sq', 'E')
PERSONS = {'1s': '1s', '1ŝ': '1s', '1ś': '1s', '2s': '2s', '3s': '3s', '1p': '1p', '2p': '2p', '3p': '3p', '3p!': '3p'}
PLACE_FLAGS = {'C': 'city', 'P': 'country', 'G': 'demonym', 'L': 'language'}


def grammalecte_tags(morph):
    """Grammalecte morphology (':V1__t___zz:Ip:Sp:1s:3s', ':N:A:m:p#G', ':G:D:m:s') -> list of our tags
    (pos, gender, number, moods, persons, flags). ':N:A' (noun or adjective) gives two tags."""
    flags = set()
    parts = []
    for p in morph.split(':')[1:]:
        p = p.split(';')[0]  # ';é' / ';É': spelling-variant marks
        if '#' in p:
            p, *marks = p.split('#')
            for m in marks:
                if m in PLACE_FLAGS:
                    flags.add(PLACE_FLAGS[m])
        if p:
            parts.append(p)
    if not parts:
        return []
    gender = next((p for p in parts if p in ('m', 'f', 'e')), '-')
    number = next((p for p in parts if p in ('s', 'p', 'i')), '-')
    head = parts[0]
    if head.startswith('V'):
        moods = sorted({p for p in parts if p in MOODS}, key=MOODS.index)
        persons = sorted({PERSONS[p] for p in parts if p in PERSONS})
        pos = 'AUX' if head.startswith('V0') else 'VERB'
        return [(pos, gender, number, ','.join(moods), ','.join(persons), ','.join(sorted(flags)))]
    if head == 'G' and len(parts) > 1:
        g = parts[1]
        if g.startswith('D'): pos = 'DET'
        elif g.startswith('O'): pos = 'PRON'
        elif g.startswith('R'): pos = 'ADP'
        elif g == 'Cc': pos = 'CCONJ'
        elif g.startswith('C'): pos = 'SCONJ'
        elif g in ('W', 'X', 'U'): pos = 'ADV'
        else:
            pos = 'X'
            flags.add('loc')
        return [(pos, gender, number, '', '', ','.join(sorted(flags)))]
    tags = []
    f = ','.join(sorted(flags))
    if head == 'M1':
        tags.append(('PROPN', gender, number, '', '', ','.join(sorted(flags | {'first'}))))
    elif head == 'M2':
        tags.append(('PROPN', gender, number, '', '', ','.join(sorted(flags | {'surname'}))))
    elif head == 'MP':
        tags.append(('PROPN', gender, number, '', '', ','.join(sorted(flags | {'place'}))))
    elif head in ('N', 'A'):
        if 'N' in parts: tags.append(('NOUN', gender, number, '', '', f))
        if 'A' in parts: tags.append(('ADJ', gender, number, '', '', f))
    elif head in ('W', 'X', 'U'): tags.append(('ADV', '-', '-', '', '', f))
    elif head == 'J': tags.append(('INTJ', '-', '-', '', '', f))
    elif head in ('B', 'Br'): tags.append(('NUM', gender, number, '', '', f))
    elif head == 'T': tags.append(('TITLE', gender, number, '', '', f))
    elif head.startswith('É'):
        tags.append(('X', gender, number, '', '', ','.join(sorted(flags | {'loc'}))))
    else:
        tags.append(('X', gender, number, '', '', f))
    return tags


# Lefff tense codes (french-verbs-lefff) -> Grammalecte mood codes; persons by index
LEFFF_MOODS = {'P': 'Ip', 'S': 'Sp', 'I': 'Iq', 'J': 'Is', 'T': 'Sq', 'F': 'If', 'C': 'K'}
SIX = ('1s', '2s', '3s', '1p', '2p', '3p')
PARTICIPLE_GN = (('m', 's'), ('m', 'p'), ('f', 's'), ('f', 'p'))


def lefff_entries(path, known_lemmas):
    """(form, lemma, tag) for the verbs of the Lefff absent from Grammalecte."""
    with open(path, encoding='utf-8') as f:
        verbs = json.load(f)
    for lemma in sorted(verbs):
        if lemma in known_lemmas or ' ' in lemma:
            continue
        conj = verbs[lemma]
        for code, forms in sorted(conj.items()):
            for i, form in enumerate(forms):
                if not form or form == 'NA' or any(c in form for c in ' \t|,'):
                    continue
                if code in LEFFF_MOODS:
                    yield form, lemma, ('VERB', '-', '-', LEFFF_MOODS[code], SIX[i], '')
                elif code == 'Y':
                    yield form, lemma, ('VERB', '-', '-', 'E', SIX[i], '')
                elif code == 'G':
                    yield form, lemma, ('VERB', '-', '-', 'P', '', '')
                elif code == 'W':
                    yield form, lemma, ('VERB', '-', '-', 'Y', '', '')
                elif code == 'K' and i < 4:
                    g, n = PARTICIPLE_GN[i]
                    yield form, lemma, ('VERB', g, n, 'Q', '', '')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--lefff', required=True, help='french-verbs-lefff dist/conjugations.json')
    ap.add_argument('--out', required=True, help='output .tsv.gz')
    args = ap.parse_args()

    from grammalecte.graphspell import SpellChecker
    dic = SpellChecker('fr', 'fr-allvars.json').oMainDic

    entries = set()  # (form, lemma, tag)
    lemmas = set()
    for form, lemma, morph in dic.select():
        if any(c in form for c in ' \t|,') or not any(c.isalnum() for c in form):
            continue  # multi-word entries ("northern blot"), punctuation: not word tokens
        for tag in grammalecte_tags(morph.split('/')[0]):
            entries.add((form, lemma, tag))
        lemmas.add(lemma)
    n_gram = len(entries)
    for e in lefff_entries(args.lefff, lemmas):
        entries.add(e)
    n_lefff = len(entries) - n_gram


    tags = sorted({t for _, _, t in entries})
    tag_id = {t: i for i, t in enumerate(tags)}
    analyses = set()
    by_key = {}
    for form, lemma, tag in entries:
        lcp = 0
        while lcp < min(len(form), len(lemma)) and form[lcp] == lemma[lcp]:
            lcp += 1
        a = (len(form) - lcp, lemma[lcp:], tag_id[tag])
        analyses.add(a)
        by_key.setdefault(fold(form), {}).setdefault(form, set()).add(a)
    analyses = sorted(analyses)
    a_id = {a: i for i, a in enumerate(analyses)}

    buf = io.StringIO()
    buf.write('# French morphological lexicon: folded form -> surface forms -> (lemma, tag). Generated by\n')
    buf.write('# generator/generate_lexicon.py from Grammalecte 2.1.2 fr-allvars (MPL-2.0) and the Lefff verbs of\n')
    buf.write(f'# npm french-verbs-lefff 3.4.0 (LGPL-LR). {len(by_key)} keys, {n_gram} Grammalecte analyses, '
              f'{n_lefff} Lefff analyses.\n')
    for t in tags:
        buf.write('@t\t%d\t%s\n' % (tag_id[t], '\t'.join(x if x else '-' for x in t)))
    for a in analyses:
        buf.write('@a\t%d\t%d\t%s\t%d\n' % (a_id[a], a[0], a[1], a[2]))
    for key in sorted(by_key):
        groups = []
        for surface in sorted(by_key[key]):
            ids = ','.join(str(i) for i in sorted(a_id[a] for a in by_key[key][surface]))
            groups.append(ids if surface == key else f'{surface}|{ids}')
        buf.write(key + '\t' + ' '.join(groups) + '\n')

    data = buf.getvalue().encode('utf-8')
    with open(args.out, 'wb') as f:
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f'{args.out}: {len(by_key)} keys, {len(entries)} analyses ({n_lefff} from the Lefff), '
          f'{len(tags)} tags, {len(analyses)} lemma rules; {len(data)} bytes before gzip', file=sys.stderr)


if __name__ == '__main__':
    main()
