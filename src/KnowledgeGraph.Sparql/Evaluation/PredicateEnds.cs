using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// For a predicate, which terms are the subject (or the object) of at least one of its triples, as one bit per term
/// id: the cheap "does this subject have predicate p" test that a nested-loop probe (25,000 events each probed for an
/// rdfs:label none has) or an anti-join (persons with no org:holds) asks millions of times. A probe through the index
/// costs a bucket lookup, a binary search and an enumerator; a bit test costs one load.
///
/// <para>Built per predicate and side over every graph of the store (so it answers only for the store's whole
/// content: the default graph when the store has no named graph, or the union of all graphs), once the predicate has
/// been asked for <see cref="BuildAfter"/> times — a one-off probe never pays for a pass over the predicate's
/// triples — and dropped when the store changes (its Version moves). At most one bit per term and predicate side
/// (about 125 KB per predicate side at 1 million terms), bounded by <see cref="MaxEntries"/>. Safe for concurrent queries.</para>
/// </summary>
public sealed class PredicateEnds
{
    /// <summary>Probes of one predicate side (over all queries) after which its bit set is built.</summary>
    public const int BuildAfter = 256;

    /// <summary>Predicate sides kept at most: past it the table starts afresh (bit sets come back on use).</summary>
    public const int MaxEntries = 128;

    private readonly MemoryStore _store;
    private ConcurrentDictionary<(int Predicate, bool Object), Entry> _entries = new();
    private long _version = -1;

    public PredicateEnds(MemoryStore store) => _store = store;

    /// <summary>Predicate sides tracked now (counted or built).</summary>
    public int Count => _entries.Count;

    private sealed class Entry
    {
        public int Probes;
        public Lazy<ulong[]>? Bits;
    }

    /// <summary>The bit set of the predicate side, counting the request; null while it is not built.</summary>
    public ulong[]? Bits(int predicate, bool objectSide, bool buildNow = false)
    {
        var entries = Current();
        var entry = entries.GetOrAdd((predicate, objectSide), _ => new Entry());
        if (entry.Bits is { } built) return built.Value;
        if (!buildNow && Interlocked.Increment(ref entry.Probes) < BuildAfter) return null;
        if (entries.Count > MaxEntries)
        {
            _entries = new ConcurrentDictionary<(int, bool), Entry>();
            return null;
        }
        Interlocked.CompareExchange(ref entry.Bits, new Lazy<ulong[]>(() => Build(predicate, objectSide)), null);
        return entry.Bits!.Value;
    }

    private ConcurrentDictionary<(int, bool), Entry> Current()
    {
        var version = _store.Version;
        if (Interlocked.Read(ref _version) != version)
        {
            _entries = new ConcurrentDictionary<(int, bool), Entry>();
            Interlocked.Exchange(ref _version, version);
        }
        return _entries;
    }

    private ulong[] Build(int predicate, bool objectSide)
    {
        var bits = new ulong[(_store.Terms.Count >> 6) + 1];
        foreach (var q in _store.MatchEncoded(TermDictionary.Any, predicate, TermDictionary.Any, TermDictionary.Any))
        {
            int id = objectSide ? q.O : q.S;
            bits[id >> 6] |= 1UL << (id & 63);
        }
        return bits;
    }
}
