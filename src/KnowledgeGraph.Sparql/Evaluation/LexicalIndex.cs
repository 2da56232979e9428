using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The store's literals and IRIs by the hash of their string (STR of the term): FILTER(STR(?name) = "text"), the way
/// the query library finds an entity by a name whatever its language tag, reads the few terms whose string hashes like
/// "text" instead of every label. Built on first use (one int pair per term), rebuilt when the store changes (its
/// Version moves). Safe for concurrent queries.
///
/// <para>The index only proposes candidates (hashes collide); the caller checks the FILTER on each as before.</para>
///
/// <para>For FILTER(STRSTARTS(STR(?date), "2025-12")) a second array holds the same ids in the ordinal order of their
/// strings (4 bytes a term, built on the first prefix lookup): the terms starting with a prefix are one range of it.</para>
/// </summary>
public sealed class LexicalIndex
{
    private readonly MemoryStore _store;
    private Lazy<Sorted>? _sorted;
    private Lazy<int[]>? _byText;
    private Lazy<int[]>? _ranks;
    private long _version = -1;
    private readonly Lock _lock = new();

    public LexicalIndex(MemoryStore store) => _store = store;

    private sealed record Sorted(int[] Hashes, int[] Ids);

    /// <summary>Ids of the store's terms whose string may be <paramref name="text"/> (a superset of those whose string is).</summary>
    public ArraySegment<int> Candidates(string text)
    {
        var sorted = Current();
        int hash = Hash(text);
        int from = LowerBound(sorted.Hashes, hash);
        int to = from;
        while (to < sorted.Hashes.Length && sorted.Hashes[to] == hash) to++;
        return new ArraySegment<int>(sorted.Ids, from, to - from);
    }

    /// <summary>Ids of the store's terms (literals and IRIs) whose string starts with <paramref name="prefix"/> (ordinal).</summary>
    public ArraySegment<int> PrefixCandidates(string prefix)
    {
        var ids = ByText();
        var terms = _store.Terms;
        int lo = 0, hi = ids.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(TextOf(terms.GetTerm(ids[mid])), prefix) < 0) lo = mid + 1; else hi = mid;
        }
        int from = lo;
        hi = ids.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (TextOf(terms.GetTerm(ids[mid]))!.StartsWith(prefix, StringComparison.Ordinal)) lo = mid + 1; else hi = mid;
        }
        return new ArraySegment<int>(ids, from, lo - from);
    }

    /// <summary>
    /// Per term id, the rank of its string among the store's distinct strings in ordinal order, from 1 (equal strings,
    /// e.g. "x" and "x"@en, share a rank); 0 for a blank node (no string). 4 bytes a term, built on first use.
    /// </summary>
    public int[] Ranks()
    {
        lock (_lock)
        {
            Refresh();
            return _ranks!.Value;
        }
    }

    /// <summary>Whether <see cref="Ranks"/> is built for the store as it is now (asking is then free).</summary>
    public bool RanksBuilt
    {
        get
        {
            lock (_lock) return _ranks is { IsValueCreated: true } && _version == _store.Version;
        }
    }

    private int[] BuildRanks()
    {
        var terms = _store.Terms;
        var ids = ByText();
        var ranks = new int[terms.Count + 1];
        string? previous = null;
        int rank = 0;
        foreach (var id in ids)
        {
            var text = TextOf(terms.GetTerm(id))!;
            if (previous is null || !string.Equals(previous, text, StringComparison.Ordinal)) rank++;
            ranks[id] = rank;
            previous = text;
        }
        return ranks;
    }

    private Sorted Current()
    {
        lock (_lock)
        {
            Refresh();
            return _sorted!.Value;
        }
    }

    private int[] ByText()
    {
        lock (_lock)
        {
            Refresh();
            return _byText!.Value;
        }
    }

    private void Refresh()
    {
        if (_sorted is not null && _version == _store.Version) return;
        _version = _store.Version;
        _sorted = new Lazy<Sorted>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
        _byText = new Lazy<int[]>(BuildByText, LazyThreadSafetyMode.ExecutionAndPublication);
        _ranks = new Lazy<int[]>(BuildRanks, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static string? TextOf(INode node) => node switch
    {
        ILiteralNode l => l.Value,
        IUriNode u => u.Iri,
        _ => null,
    };

    private int[] BuildByText()
    {
        var terms = _store.Terms;
        var texts = new List<string>(terms.Count);
        var ids = new List<int>(terms.Count);
        for (int id = 1; id <= terms.Count; id++)
        {
            if (TextOf(terms.GetTerm(id)) is not { } text) continue;
            texts.Add(text);
            ids.Add(id);
        }
        var i = ids.ToArray();
        // The strings are the terms' own (no copies); only the ids are kept once sorted.
        Array.Sort(texts.ToArray(), i, StringComparer.Ordinal);
        return i;
    }

    private Sorted Build()
    {
        var terms = _store.Terms;
        var hashes = new List<int>(terms.Count);
        var ids = new List<int>(terms.Count);
        for (int id = 1; id <= terms.Count; id++)
        {
            // STR of a blank node is an error: never equal to anything.
            if (TextOf(terms.GetTerm(id)) is not { } text) continue;
            hashes.Add(Hash(text));
            ids.Add(id);
        }
        var h = hashes.ToArray();
        var i = ids.ToArray();
        Array.Sort(h, i);
        return new Sorted(h, i);
    }

    private static int Hash(string text) => string.GetHashCode(text, StringComparison.Ordinal);

    private static int LowerBound(int[] keys, int value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
