using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// One statement quoted word for word by several outlets, one of which names another speaker: that outlet misattributes it
/// (the quotation follows a sentence about another person, an incise names the interlocutor). Speaker blocks keep the two
/// apart, so after grouping, a claim of one article whose direct quotation gives the same words
/// (<see cref="ClaimSimilarity.SameQuotedWords"/>: a run of three content words in common, four common words at least, and a
/// paraphrase's or an excerpt's overlap) as a direct quotation of another speaker's claim that two articles or more agree on,
/// within the date window, joins that claim when its article holds none of its renderings: the outlets that agree outvote the
/// lone one, and the claim keeps its key, author and text. Two outlets naming one speaker each prove nothing (the same words
/// said by two people stay two claims), and only direct quotations take part: two speakers' reported speech on one topic
/// shares words without being one statement.
/// </summary>
public sealed partial class ClaimGrouper
{
    private sealed class CrossSpeaker
    {
        private readonly List<(int Group, int Block, string DocId, PartialDate? Date, ClaimWording Wording)> _items = new();
        private readonly Dictionary<string, List<int>> _byRun = new(StringComparer.Ordinal);

        /// <summary>Keeps the direct quotations of a group (the <paramref name="group"/>-th, of speaker block <paramref name="block"/>)
        /// that could be compared across speakers.</summary>
        public void Offer(int group, int block, List<Item> renderings)
        {
            foreach (var item in renderings)
            {
                var w = item.Wording;
                if (!item.Mention.IsDirectQuote || w.Foreign || w.Trigrams.Count == 0 || w.Stems.Count < ClaimSimilarity.MinSharedAcrossSpeakers) continue;
                int id = _items.Count;
                _items.Add((group, block, item.Doc.Id, item.Mention.Date, w));
                foreach (var run in w.Trigrams)
                {
                    if (!_byRun.TryGetValue(run, out var list)) _byRun[run] = list = new List<int>();
                    list.Add(id);
                }
            }
        }

        /// <summary>The groups after merging, in the order of <paramref name="groups"/> (a merged group where its keeper was).</summary>
        public List<Group> Merge(List<Group> groups)
        {
            // Only a lone article's claim joins another (see below), and a claim of several articles never becomes lone: a pair of
            // two such claims' quotations would never merge. Those pairs are skipped before they are compared — in a corpus where
            // many outlets repeat one quotation they are most pairs, and their count grows with the square of the corpus.
            var lone = groups.Select(g => g.Appearances.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).Count() == 1).ToArray();
            var loneByRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int k = 0; k < _items.Count; k++)
            {
                if (!lone[_items[k].Group]) continue;
                foreach (var run in _items[k].Wording.Trigrams)
                {
                    if (!loneByRun.TryGetValue(run, out var list)) loneByRun[run] = list = new List<int>();
                    list.Add(k);
                }
            }
            var noItems = new List<int>();
            var links = new List<(double Score, int A, int B)>();
            // seen[j] == i + 1: item j was met already among item i's candidates (a stamp, not a set cleared for every item);
            // the first and last day each item's date may stand for, read once per item rather than once per pair
            var seen = new int[_items.Count];
            var days = new (int First, int Last)?[_items.Count];
            var daysRead = new bool[_items.Count];
            (int First, int Last)? DaysOfItem(int k)
            {
                if (!daysRead[k]) (days[k], daysRead[k]) = (_items[k].Date is { } d ? DaysOf(d) : null, true);
                return days[k];
            }
            for (int i = 0; i < _items.Count; i++)
            {
                var a = _items[i];
                bool iLone = lone[a.Group];
                foreach (var run in a.Wording.Trigrams)
                    // a run's items are listed in the order they were offered: the ones before i come first; a quotation of a
                    // claim of several articles meets only the lone claims' quotations
                    foreach (int j in iLone ? _byRun[run] : loneByRun.GetValueOrDefault(run, noItems))
                    {
                        if (j >= i) break;
                        if (seen[j] == i + 1) continue;
                        seen[j] = i + 1;
                        var b = _items[j];
                        if (a.Block == b.Block || a.Group == b.Group || a.DocId == b.DocId || !DaysCompatible(DaysOfItem(i), DaysOfItem(j))) continue;
                        if (!ClaimSimilarity.SameQuotedWords(a.Wording, b.Wording)) continue;
                        links.Add((ClaimSimilarity.Score(a.Wording, b.Wording), Math.Min(a.Group, b.Group), Math.Max(a.Group, b.Group)));
                    }
            }
            if (links.Count == 0) return groups;
            // strongest first; group indices follow item order, so ties break the same way on every run
            links.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
            var root = Enumerable.Range(0, groups.Count).ToArray();
            var articles = groups.Select(g => g.Appearances.Select(x => x.ArticleId).ToHashSet(StringComparer.Ordinal)).ToArray();
            int Find(int x)
            {
                while (root[x] != x) x = root[x] = root[root[x]];
                return x;
            }
            foreach (var (_, ga, gb) in links)
            {
                int ra = Find(ga), rb = Find(gb);
                if (ra == rb) continue;
                // a lone article's claim joins a claim that two articles or more agree on, never the other way round
                bool aLone = articles[ra].Count == 1, bLone = articles[rb].Count == 1;
                if (aLone == bLone) continue;
                var (keep, drop) = bLone ? (ra, rb) : (rb, ra);
                // the lone claim's one article, looked up in the other's (checked after the lone test: a large claim's articles
                // were compared with another large claim's for every link between them)
                if (articles[keep].Contains(articles[drop].First())) continue;
                root[drop] = keep;
                articles[keep].UnionWith(articles[drop]);
            }
            var members = new Dictionary<int, List<Group>>();
            for (int g = 0; g < groups.Count; g++)
            {
                int r = Find(g);
                if (!members.TryGetValue(r, out var list)) members[r] = list = new List<Group>();
                list.Add(groups[g]);
            }
            var result = new List<Group>(members.Count);
            for (int g = 0; g < groups.Count; g++)
                if (Find(g) == g) result.Add(Merged(members[g]));
            return result;
        }

        /// <summary>One claim of several speakers' groups: the keeper (the claim of several articles) gives key, author and
        /// text; appearances in article and offset order; the date as <see cref="GroupOf"/> picks it.</summary>
        private static Group Merged(List<Group> parts)
        {
            if (parts.Count == 1) return parts[0];
            var keeper = parts.OrderByDescending(p => p.Appearances.Select(a => a.ArticleId).Distinct().Count()).ThenBy(p => p.FirstIndex).First();
            var appearances = parts.SelectMany(p => p.Appearances)
                .OrderBy(a => a.ArticleId, StringComparer.Ordinal).ThenBy(a => a.Span.Start).ToList();
            PartialDate? date = parts.Select(p => p.Date).Where(d => d is not null).Select(d => d!.Value)
                .OrderBy(d => d.IsFullDate ? 0 : 1).ThenBy(d => d).Cast<PartialDate?>().FirstOrDefault();
            return keeper with { Date = date, Appearances = appearances };
        }
    }
}
