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
        // WordingId: one per distinct quoted text (a wording is a function of its text), so that the verdict on a pair of
        // wordings is computed once however many speakers' outlets print the same words
        private readonly List<(int Group, int Block, string DocId, PartialDate? Date, ClaimWording Wording, int WordingId)> _items = new();
        private readonly Dictionary<string, int> _wordingIds = new(StringComparer.Ordinal);

        /// <summary>Keeps the direct quotations of a group (the <paramref name="group"/>-th, of speaker block <paramref name="block"/>)
        /// that could be compared across speakers.</summary>
        public void Offer(int group, int block, List<Item> renderings)
        {
            foreach (var item in renderings)
            {
                var w = item.Wording;
                if (!item.Mention.IsDirectQuote || w.Foreign || w.Trigrams.Count == 0 || w.Stems.Count < ClaimSimilarity.MinSharedAcrossSpeakers) continue;
                if (!_wordingIds.TryGetValue(item.Text, out int wordingId)) _wordingIds[item.Text] = wordingId = _wordingIds.Count;
                _items.Add((group, block, item.Doc.Id, item.Mention.Date, w, wordingId));
            }
        }

        /// <summary>The groups after merging, in the order of <paramref name="groups"/> (a merged group where its keeper was).</summary>
        public List<Group> Merge(List<Group> groups)
        {
            // Only a lone article's claim joins another (see below), and a claim of several articles never becomes lone: a pair of
            // two such claims' quotations would never merge. Those pairs are skipped before they are compared — in a corpus where
            // many outlets repeat one quotation they are most pairs, and their count grows with the square of the corpus.
            var lone = groups.Select(g => g.Appearances.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).Count() == 1).ToArray();
            // the first and last day each item's date may stand for, read once per item rather than once per pair
            var days = _items.Select(x => x.Date is { } d ? DaysOf(d) : ((int First, int Last)?)null).ToArray();
            // Candidates come from postings per run of three words sorted by date, so an item meets only the items of the
            // date window that share a run: the quotations of other weeks (most pairs in a corpus of many months) are never
            // enumerated. Every item's postings; the lone claims' items' postings.
            var byRun = new RunPostings(days);
            var loneByRun = new RunPostings(days);
            for (int k = 0; k < _items.Count; k++)
                foreach (var run in _items[k].Wording.Trigrams)
                {
                    byRun.Add(run, k);
                    if (lone[_items[k].Group]) loneByRun.Add(run, k);
                }
            byRun.Sort();
            loneByRun.Sort();
            var links = new List<(double Score, int A, int B)>();
            // verdict per pair of distinct wordings (the score, or -1 when not the same quoted words)
            var verdicts = new Dictionary<(int, int), double>();
            // seen[j] == i + 1: item j was met already among item i's candidates (a stamp, not a set cleared for every item)
            var seen = new int[_items.Count];
            var candidates = new List<int>();
            for (int i = 0; i < _items.Count; i++)
            {
                var a = _items[i];
                candidates.Clear();
                // a quotation of a claim of several articles meets only the lone claims' quotations; each pair once, from its
                // later item
                foreach (var run in a.Wording.Trigrams) (lone[a.Group] ? byRun : loneByRun).Candidates(run, days[i], i, candidates);
                foreach (int j in candidates)
                {
                    if (seen[j] == i + 1) continue;
                    seen[j] = i + 1;
                    var b = _items[j];
                    if (a.Block == b.Block || a.Group == b.Group || a.DocId == b.DocId || !DaysCompatible(days[i], days[j])) continue;
                    var pair = a.WordingId < b.WordingId ? (a.WordingId, b.WordingId) : (b.WordingId, a.WordingId);
                    if (!verdicts.TryGetValue(pair, out double score))
                        verdicts[pair] = score = ClaimSimilarity.SameQuotedWords(a.Wording, b.Wording) ? ClaimSimilarity.Score(a.Wording, b.Wording) : -1;
                    if (score < 0) continue;
                    links.Add((score, Math.Min(a.Group, b.Group), Math.Max(a.Group, b.Group)));
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

        /// <summary>
        /// Items per run of three words, by date: the undated ones (compatible with every date), and the dated ones in three
        /// classes by how many days their date stands for (a day, a month, a year), each sorted by first day, so that the items
        /// whose date may be within <see cref="MaxDaysApart"/> days of another's are one binary search away.
        /// </summary>
        private sealed class RunPostings((int First, int Last)?[] days)
        {
            // the longest span (last day - first day) of each class: a full date, a month, a year
            private static ReadOnlySpan<int> ClassSpan => [0, 30, 365];

            private readonly Dictionary<string, (List<int> Undated, List<(int First, int Item)>[] Dated)> _runs = new(StringComparer.Ordinal);

            public void Add(string run, int item)
            {
                if (!_runs.TryGetValue(run, out var postings))
                    _runs[run] = postings = (new List<int>(), [new List<(int, int)>(), new List<(int, int)>(), new List<(int, int)>()]);
                if (days[item] is not { } d) postings.Undated.Add(item);
                else
                {
                    int c = 0;
                    while (d.Last - d.First > ClassSpan[c]) c++;
                    postings.Dated[c].Add((d.First, item));
                }
            }

            public void Sort()
            {
                foreach (var (_, dated) in _runs.Values)
                    foreach (var list in dated) list.Sort();
            }

            /// <summary>Adds to <paramref name="output"/> the items before <paramref name="item"/> listed under the run whose date
            /// may be compatible with <paramref name="range"/> (the caller checks exactly); some twice at most.</summary>
            public void Candidates(string run, (int First, int Last)? range, int item, List<int> output)
            {
                if (!_runs.TryGetValue(run, out var postings)) return;
                foreach (int j in postings.Undated) if (j < item) output.Add(j);
                for (int c = 0; c < ClassSpan.Length; c++)
                {
                    var list = postings.Dated[c];
                    if (list.Count == 0) continue;
                    int from = 0, to = list.Count;
                    if (range is { } r)
                    {
                        // compatible: first - 7 <= last of the other and first of the other <= last + 7, where the other's last is at
                        // most its first + the class's span
                        from = LowerBound(list, r.First - MaxDaysApart - ClassSpan[c]);
                        to = LowerBound(list, r.Last + MaxDaysApart + 1);
                    }
                    for (int k = from; k < to; k++)
                        if (list[k].Item < item) output.Add(list[k].Item);
                }
            }

            private static int LowerBound(List<(int First, int Item)> list, int first)
            {
                int lo = 0, hi = list.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (list[mid].First < first) lo = mid + 1; else hi = mid;
                }
                return lo;
            }
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
