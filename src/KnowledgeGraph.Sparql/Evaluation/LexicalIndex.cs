using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The store's literals and IRIs by the hash of their string (STR of the term): FILTER(STR(?name) = "text"), the way
/// the query library finds an entity by a name whatever its language tag, reads the few terms whose string hashes like
/// "text" instead of every label. Built on first use (one int pair per term), rebuilt when the store changes (its
/// Version moves). Safe for concurrent queries.
///
/// <para>The index only proposes candidates (hashes collide); the caller checks the FILTER on each as before.</para>
/// </summary>
public sealed class LexicalIndex
{
    private readonly MemoryStore _store;
    private Lazy<Sorted>? _sorted;
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

    private Sorted Current()
    {
        lock (_lock)
        {
            if (_sorted is null || _version != _store.Version)
            {
                _version = _store.Version;
                _sorted = new Lazy<Sorted>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
            }
            return _sorted.Value;
        }
    }

    private Sorted Build()
    {
        var terms = _store.Terms;
        var hashes = new List<int>(terms.Count);
        var ids = new List<int>(terms.Count);
        for (int id = 1; id <= terms.Count; id++)
        {
            var text = terms.GetTerm(id) switch
            {
                ILiteralNode l => l.Value,
                IUriNode u => u.Iri,
                _ => null, // STR of a blank node is an error: never equal to anything
            };
            if (text is null) continue;
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
