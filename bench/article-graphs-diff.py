#!/usr/bin/env python3
"""Which per-article named graphs changed between two kg builds (graph.nq of each), and through which predicates and
subject kinds: checks whether a kept article's graph is unchanged after an update (src/KnowledgeGraph.Build/README.md).
Usage: bench/article-graphs-diff.py BEFORE/graph.nq AFTER/graph.nq"""
import collections
import sys

GRAPH = b' <https://w3id.org/kgnews/graph/'


def load(path):
    graphs = collections.defaultdict(set)
    with open(path, 'rb') as f:
        for line in f:
            line = line.rstrip(b'\n')
            i = line.rfind(GRAPH)
            if i < 0 or not line.endswith(b'> .'):
                continue  # the default graph
            graphs[line[i + 1:-2]].add(line[:i])
    return graphs


before, after = load(sys.argv[1]), load(sys.argv[2])
predicates, kinds = collections.Counter(), collections.Counter()
changed = 0
for g, statements in before.items():
    if g not in after:
        continue
    difference = statements ^ after[g]
    changed += bool(difference)
    for line in difference:
        s, p = line.split(b' ')[:2]
        kinds[s.split(b'/id/')[1].split(b'/')[0].decode() if b'/id/' in s else s.decode()] += 1
        predicates[p.decode()] += 1
print(f"article graphs in both: {sum(1 for g in before if g in after)}, changed: {changed}, "
      f"only before: {sum(1 for g in before if g not in after)}, only after: {sum(1 for g in after if g not in before)}")
print("differing lines by predicate:", predicates.most_common())
print("differing lines by subject kind:", kinds.most_common())
