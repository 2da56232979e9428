using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Pattern-size estimates kept across the queries of one processor. MemoryStore.EstimateCount sums index lists when
/// only the predicate (or only one end) is bound, which for a popular predicate costs more than the query itself;
/// the answers stay valid until the store changes (its Version moves), and then the cache starts afresh.
/// Safe for queries running concurrently.
/// </summary>
public sealed class EstimateCache
{
    private readonly MemoryStore _store;
    private ConcurrentDictionary<(int, int, int, int), long> _cache = new();
    private long _version = -1;

    /// <summary>About 4 MB of entries at most.</summary>
    public const int MaxEntries = 50_000;

    private readonly int _maxEntries;

    /// <param name="maxEntries">Entries held at most before the cache starts afresh (<see cref="MaxEntries"/> by default).</param>
    public EstimateCache(MemoryStore store, int maxEntries = MaxEntries)
    {
        _store = store;
        _maxEntries = Math.Max(1, maxEntries);
    }

    /// <summary>Entries held now.</summary>
    public int Count => _cache.Count;

    public long Estimate(int s, int p, int o, int g)
    {
        var version = _store.Version;
        if (Interlocked.Read(ref _version) != version)
        {
            _cache = new ConcurrentDictionary<(int, int, int, int), long>();
            Interlocked.Exchange(ref _version, version);
        }
        var cache = _cache;
        // Patterns with constants (one person, one date) each add an entry: a long-running server would grow without
        // end, so the cache starts afresh past a bound (estimates of popular patterns come back on first use).
        if (cache.Count >= _maxEntries)
        {
            cache = new ConcurrentDictionary<(int, int, int, int), long>();
            _cache = cache;
        }
        return cache.GetOrAdd((s, p, o, g), k => _store.EstimateCount(k.Item1, k.Item2, k.Item3, k.Item4));
    }
}
