#!/usr/bin/env python3
"""Gold-free precision audit of the meetings of built graphs.

Usage:
    python3 scripts/meeting-audit.py [--list] NAME=BUILD_DIR_OR_GRAPH_TTL:ARTICLES_DIR [...]

Counts, per graph and in total, the meetings whose own evidence (the sentences of the articles the graph cites with
kg:evidence) shows a sign of a wrong meeting. No gold is read, so the figures measure precision on any text: the analysis
sets, the seeds, the generated benchmark corpus (`kg bench build --corpus DIR`, then `kg build DIR -o OUT`). Why: the
blind sets lose most meetings to extra ones (precision ~0.68), and gold exists for a few hundred meetings only. A flag is
a reason to read the meeting, not a verdict.

Classes (a meeting may have several):
  single        one attendee only: a meeting is between parties, so the other side was not found (a title, "son homologue",
                a pronoun) or the mention is no meeting at all
  no-person     no person among the attendees (organizations only)
  negated       the evidence negates a verb ("n'a pas", "ne … jamais"): perhaps a meeting that did not take place
  modal         held (EventTookPlace) but the evidence holds a modal or wish ("pourrait", "devrait", "souhaite", "doit"): a
                plan or hypothesis read as a held meeting
  sport         a sports word in the evidence ("match", "championnat", "score"): a "rencontre" that is a match
  family        "famille" in the evidence: a family gathering
  merger        "fusion", "rapprochement", "rachat" in the evidence: "la réunion de deux sociétés" is a merger
  comment       the evidence has "a salué/critiqué/dénoncé/regretté/boycotté … la rencontre": the subject comments on a
                meeting, which does not make them an attendee
  call          a phone or video call (types kg:PhoneCall): counted apart because some gold files leave calls out
  split         another meeting of the same article with the same status shares an attendee and the day: perhaps one event
                told twice
--list prints every flagged meeting with its evidence.
"""
import os
import re
import sys
from collections import Counter, defaultdict

MEETING = re.compile(r'^meeting:(\S+) a ([^;]+);(.*?)\.\n', re.S | re.M)
EVIDENCE = re.compile(r'evidence:(\S+?)-(\d+)-(\d+)')
NEGATED = re.compile(r"\b(?:n['’]\w+|ne\s+\w+(?:\s+\w+)?)\s+(?:pas|jamais|plus|guère)\b", re.I)
MODAL = re.compile(r"\b(?:pourrai(?:t|ent)|devrai(?:t|ent)|souhait\w*|envisag\w*|doi(?:t|vent)|devai(?:t|ent)|espèr\w*)\b", re.I)
SPORT = re.compile(r"\b(?:match(?:s)?|championnat|score|mi-temps|buts?|arbitre|tournoi|finale|supporters|stade)\b", re.I)
FAMILY = re.compile(r"\bfamill\w*\b", re.I)
MERGER = re.compile(r"\b(?:fusion|rapprochement|rachat|absorption)\b", re.I)
COMMENT = re.compile(r"\b(?:a|ont)\s+(?:\w+\s+)?(?:salué|critiqué|dénoncé|regretté|boycotté|commenté|qualifié|jugé)\s+(?:la|le|l['’]|cette|ce|cet)\s*"
                     r"(?:rencontre|réunion|entretien|entrevue|sommet|visite|discussions?|négociations?|pourparlers)", re.I)


def parse(ttl_path, articles_dir):
    text = open(ttl_path, encoding='utf-8').read()
    cache = {}

    def article(aid):
        if aid not in cache:
            path = os.path.join(articles_dir, aid + '.txt')
            cache[aid] = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
        return cache[aid]

    meetings = []
    for m in MEETING.finditer(text):
        iri, types, body = m.groups()
        found = re.findall(r'schema:attendee ([^;]+);', body)
        attendees = [a.strip() for a in found[0].split(',')] if found else []
        date = re.search(r'startDate "([^"]+)"', body)
        status = re.search(r'eventStatus kg:(\w+)', body)
        evidence = [(aid, article(aid)[int(s):int(e)].replace('\n', ' ')) for aid, s, e in EVIDENCE.findall(body)]
        meetings.append(dict(iri=iri, type=types.split('kg:')[-1].strip(), attendees=attendees,
                             date=date.group(1) if date else None, status=status.group(1) if status else None, evidence=evidence))
    return meetings


def flags(meeting, meetings):
    result = []
    said = ' '.join(t for _, t in meeting['evidence'])
    persons = [a for a in meeting['attendees'] if a.startswith('person:')]
    if len(meeting['attendees']) == 1: result.append('single')
    if not persons: result.append('no-person')
    if NEGATED.search(said): result.append('negated')
    if meeting['status'] == 'EventTookPlace' and MODAL.search(said): result.append('modal')
    if SPORT.search(said): result.append('sport')
    if FAMILY.search(said): result.append('family')
    if MERGER.search(said): result.append('merger')
    if COMMENT.search(said): result.append('comment')
    if meeting['type'] == 'PhoneCall': result.append('call')
    docs = {aid for aid, _ in meeting['evidence']}
    if meeting['date'] and len(meeting['date']) == 10 and any(o is not meeting and o['date'] == meeting['date'] and o['status'] == meeting['status']
                               and set(o['attendees']) & set(meeting['attendees'])
                               and docs & {aid for aid, _ in o['evidence']} for o in meetings):
        result.append('split')
    return result


CLASSES = ['single', 'no-person', 'negated', 'modal', 'sport', 'family', 'merger', 'comment', 'call', 'split']


def main(argv):
    listing = '--list' in argv
    specs = [a for a in argv if a != '--list']
    if not specs:
        print(__doc__)
        return 2
    total = Counter()
    rows = []
    for spec in specs:
        name, _, rest = spec.partition('=')
        target, _, articles = rest.rpartition(':')
        ttl = os.path.join(target, 'graph.ttl') if os.path.isdir(target) else target
        meetings = parse(ttl, articles)
        counts = Counter()
        counts['meetings'] = len(meetings)
        for m in meetings:
            fs = flags(m, meetings)
            for f in fs: counts[f] += 1
            if fs: counts['flagged'] += 1
            if listing and fs:
                print(f"{name} {','.join(fs)} {m['type']} {m['status']} {m['date']} {' '.join(a.split(':')[-1] for a in m['attendees'])}")
                for aid, t in m['evidence']: print(f"    [{aid[:12]}] {t[:300]}")
        total.update(counts)
        rows.append((name, counts))
    rows.append(('total', total))
    header = ['set', 'meetings', 'flagged'] + CLASSES
    print(' '.join(f'{h:>9}' for h in header))
    for name, c in rows:
        print(' '.join([f'{name:>9}'] + [f'{c[h]:>9}' for h in header[1:]]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
