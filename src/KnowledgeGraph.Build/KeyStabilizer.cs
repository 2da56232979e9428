using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Build;

/// <summary>A key a later build proved to name the same thing as another: recorded as owl:sameAs, never renamed silently.</summary>
public sealed record KeyMerge(KeyGroup Group, string RetiredKey, string? RetiredKind, string KeptKey);

/// <summary>The extraction with its keys made stable, the state to keep for the next build, and the merges to state.</summary>
public sealed record StabilizedResult(ExtractionResult Result, BuildState State, IReadOnlyList<KeyMerge> Merges);

/// <summary>
/// Keeps the first key minted for an entity, meeting or claim across builds into one output folder. The
/// resolver names an entity after its most frequent spelling, so a new article can change the key it would
/// mint; here each resolved item is matched to the kept keys by its evidence (the same article spans), then,
/// for entities whose articles changed, by an exact spelling already seen, and it takes the kept key. Only an
/// item nothing matches gets the resolver's key (with a suffix when that key was ever used). Posts and
/// relationships are named after their holder's key, so they follow.
/// </summary>
public static class KeyStabilizer
{
    /// <param name="AnchorsOf">Computes the anchors, distinct, in ordinal order (one array is the candidate's set, searched
    /// by binary search, and the state's list): they are a string per name mention, report and quotation of the corpus,
    /// so they are made when read (matched against kept keys, written to the state) and not kept for every item at once,
    /// which was this step's largest memory.</param>
    private sealed record Candidate(string NewKey, string? Kind, Func<string[]> AnchorsOf, IReadOnlyCollection<string> Names);

    /// <summary>A fresh item's anchors as the state lists them, computed each time they are read (once: by
    /// <see cref="BuildState.Write"/>).</summary>
    private sealed class DeferredAnchors(Func<string[]> compute) : IReadOnlyList<string>
    {
        public string this[int index] => compute()[index];

        public int Count => compute().Length;

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)compute()).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static bool HasAnchor(string[] sorted, string anchor) => Array.BinarySearch(sorted, anchor, StringComparer.Ordinal) >= 0;

    private static string[] SortedDistinct(IEnumerable<string> anchors)
    {
        var list = anchors.ToList();
        list.Sort(StringComparer.Ordinal);
        int n = 0;
        for (int i = 0; i < list.Count; i++)
            if (n == 0 || !string.Equals(list[i], list[n - 1], StringComparison.Ordinal)) list[n++] = list[i];
        return list.GetRange(0, n).ToArray();
    }

    public static string Anchor(string articleId, TextSpan span) => $"{articleId}#{span.Start}-{span.End}";

    public static StabilizedResult Stabilize(ExtractionResult result, BuildState previous)
    {
        long serial = previous.NextSerial;
        var items = new List<StateItem>();
        Dictionary<string, string> Run(KeyGroup group, IReadOnlyList<Candidate> fresh)
        {
            var (map, groupItems) = Assign(group, fresh, previous.Items.Where(i => i.Group == group).ToList(), ref serial);
            items.AddRange(groupItems);
            return map;
        }

        var entities = Run(KeyGroup.Entity, result.Entities.Select(e => new Candidate(e.Key, e.Kind.ToString().ToLowerInvariant(),
            () => SortedDistinct(e.Mentions.Where(m => m.Form == MentionForm.Name).Select(m => Anchor(m.ArticleId, m.Span))),
            e.Mentions.Where(m => m.Form == MentionForm.Name).Select(m => m.Text).Append(e.Label).ToHashSet(StringComparer.Ordinal))).ToList());
        var meetings = Run(KeyGroup.Meeting, result.Meetings.Select(m => new Candidate(m.Key, null,
            () => SortedDistinct(m.Reports.Select(r => Anchor(r.ArticleId, r.Span))), Array.Empty<string>())).ToList());
        var claims = Run(KeyGroup.Claim, result.Claims.Select(c => new Candidate(c.Key, null,
            () => SortedDistinct(c.Appearances.Select(a => Anchor(a.ArticleId, a.Span))), Array.Empty<string>())).ToList());

        var remapped = KeyRemap.Apply(result, entities, meetings, claims);
        return new StabilizedResult(remapped, new BuildState(serial, items), ResolveChains(items));
    }

    private static (Dictionary<string, string> Map, List<StateItem> Items) Assign(
        KeyGroup group, IReadOnlyList<Candidate> fresh, IReadOnlyList<StateItem> old, ref long serial)
    {
        var live = old.Where(o => o.SameAs is null).OrderBy(o => o.Serial).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        // one span may be evidence for several items (two meetings told in one sentence)
        var byAnchor = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int o = 0; o < live.Count; o++)
            foreach (var a in live[o].Anchors)
            {
                if (!byAnchor.TryGetValue(a, out var list)) byAnchor[a] = list = new List<int>();
                list.Add(o);
            }

        // (old, new, shared anchors); the oldest key first, so a merge keeps the first IRI minted
        var overlaps = new List<(int Old, int New, int Shared)>();
        for (int n = 0; n < fresh.Count && byAnchor.Count > 0; n++)
            foreach (var g in fresh[n].AnchorsOf().SelectMany(a => byAnchor.TryGetValue(a, out var os) ? os : new List<int>()).GroupBy(o => o))
                overlaps.Add((g.Key, n, g.Count()));
        overlaps.Sort((x, y) =>
        {
            int c = x.Old.CompareTo(y.Old);
            if (c == 0) c = y.Shared.CompareTo(x.Shared);
            // on equal evidence, the item the resolver names as before is that item
            if (c == 0) c = (fresh[x.New].NewKey == live[x.Old].Key ? 0 : 1).CompareTo(fresh[y.New].NewKey == live[y.Old].Key ? 0 : 1);
            return c != 0 ? c : string.CompareOrdinal(fresh[x.New].NewKey, fresh[y.New].NewKey);
        });
        var oldOf = new int[fresh.Count];
        Array.Fill(oldOf, -1);
        var taken = new bool[live.Count];
        foreach (var (o, n, _) in overlaps)
        {
            if (taken[o] || oldOf[n] >= 0) continue;
            taken[o] = true;
            oldOf[n] = o;
        }

        // an entity whose articles changed (no span in common) is found again by a spelling it was seen with
        var byName = new Dictionary<(string? Kind, string Name), List<int>>();
        for (int o = 0; o < live.Count; o++)
            foreach (var name in live[o].Names)
            {
                if (!byName.TryGetValue((live[o].Kind, name), out var list)) byName[(live[o].Kind, name)] = list = new List<int>();
                list.Add(o); // in serial order: the oldest key first
            }
        var order = Enumerable.Range(0, fresh.Count).OrderBy(n => fresh[n].NewKey, StringComparer.Ordinal).ToList();
        foreach (var n in order)
        {
            if (oldOf[n] >= 0 || fresh[n].Names.Count == 0) continue;
            var match = fresh[n].Names.SelectMany(name => byName.TryGetValue((fresh[n].Kind, name), out var l) ? l : new List<int>())
                .Where(o => !taken[o]).DefaultIfEmpty(-1).Min();
            if (match < 0) continue;
            taken[match] = true;
            oldOf[n] = match;
        }

        var reserved = old.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int n = 0; n < fresh.Count; n++)
            if (oldOf[n] >= 0) used.Add(map[fresh[n].NewKey] = live[oldOf[n]].Key);
        foreach (var n in order)
        {
            if (oldOf[n] >= 0) continue;
            var key = fresh[n].NewKey;
            for (int k = 2; reserved.Contains(key) || used.Contains(key); k++) key = fresh[n].NewKey + "-" + k;
            used.Add(map[fresh[n].NewKey] = key);
        }

        var items = new List<StateItem>();
        foreach (var n in order)
        {
            var prior = oldOf[n] >= 0 ? live[oldOf[n]] : null;
            var names = (prior?.Names ?? Array.Empty<string>()).Concat(fresh[n].Names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            items.Add(new StateItem(group, map[fresh[n].NewKey], fresh[n].Kind, prior?.Serial ?? serial++, names,
                new DeferredAnchors(fresh[n].AnchorsOf), Present: true));
        }
        // a kept key whose evidence now belongs to another item: proven the same thing (merged by the resolver)
        // Proof needs evidence that is the new item's alone: at least half of the kept key's spans, each in this new item
        // and in no other (a sentence telling two meetings is evidence for both, and proves neither is the other).
        var overlapsOf = overlaps.ToLookup(x => x.Old);
        // counted only when a kept key lost its item (never in a first build): an entry per anchor of the corpus
        Dictionary<string, int>? holders = null;
        for (int o = 0; o < live.Count; o++)
        {
            if (taken[o]) continue;
            if (holders is null)
            {
                holders = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var c in fresh)
                    foreach (var a in c.AnchorsOf()) holders[a] = holders.GetValueOrDefault(a) + 1;
            }
            var anchors = live[o].Anchors;
            var into = overlapsOf[o]
                .Where(x => 2 * x.Shared >= anchors.Count && HeldAlone(anchors, fresh[x.New].AnchorsOf(), holders))
                .OrderByDescending(x => x.Shared).ThenBy(x => fresh[x.New].NewKey, StringComparer.Ordinal)
                .Select(x => map[fresh[x.New].NewKey]).FirstOrDefault();
            if (into is not null) items.Add(live[o] with { Anchors = Array.Empty<string>(), Present = false, SameAs = into });
            else items.Add(live[o] with { Present = false }); // its articles are gone: the key stays reserved
        }
        items.AddRange(old.Where(o => o.SameAs is not null));
        return (map, items);
    }

    /// <summary>True when every anchor of <paramref name="kept"/> that the new item has is held by no other new item.</summary>
    private static bool HeldAlone(IReadOnlyList<string> kept, string[] item, Dictionary<string, int> holders) =>
        kept.Where(a => HasAnchor(item, a)).All(a => holders[a] == 1);

    /// <summary>Every retired key, new or from earlier builds, pointing at the key that is current now (chains followed).</summary>
    private static IReadOnlyList<KeyMerge> ResolveChains(List<StateItem> items)
    {
        var byKey = items.GroupBy(i => (i.Group, i.Key)).ToDictionary(g => g.Key, g => g.First());
        var list = new List<KeyMerge>();
        foreach (var item in items.Where(i => i.SameAs is not null).OrderBy(i => i.Group).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            var target = item.SameAs!;
            var seen = new HashSet<string>(StringComparer.Ordinal) { item.Key };
            while (byKey.TryGetValue((item.Group, target), out var t) && t.SameAs is not null && seen.Add(target)) target = t.SameAs;
            if (byKey.TryGetValue((item.Group, target), out var kept) && kept.Present)
                list.Add(new KeyMerge(item.Group, item.Key, item.Kind, target));
        }
        return list;
    }
}
