using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The objects of a predicate that are numbers, xsd:date or xsd:dateTime literals, sorted by value per value space,
/// so that a range FILTER on such an object (a date range, a threshold) reads the terms in the range instead of
/// scanning every object. Built on first use per predicate, over every graph of the store (the graph is still matched
/// by the lookup that follows), and dropped when the store changes (its Version moves). Safe for concurrent queries.
///
/// <para>The index only proposes candidates: the keys are doubles (a monotonic image of the exact values), and a
/// caller widens a date range by the 14 hours a value without timezone may stand for, then checks the FILTER on each
/// candidate as before. Terms outside the three value spaces never compare with a constant of them (§17.3: a type
/// error), so they are rightly absent.</para>
/// </summary>
public sealed class ValueIndex
{
    public enum Space { Numeric, Date, DateTime }

    /// <summary>Seconds a value without timezone may lie away from the same value read as UTC (XSD's ±14:00).</summary>
    public const double TimezoneSlack = 14 * 3600 + 1;

    private readonly MemoryStore _store;
    private ConcurrentDictionary<int, Lazy<Sorted>> _byPredicate = new();
    private long _version = -1;

    public ValueIndex(MemoryStore store) => _store = store;

    /// <summary>Predicates indexed now: at most one entry per predicate the store holds, rebuilt when the store changes.</summary>
    public int Count => _byPredicate.Count;

    /// <summary>The value space and sort key of a literal, when it is a valid number, date or dateTime.</summary>
    public static bool TryKey(INode node, out Space space, out double key)
    {
        space = default;
        key = 0;
        if (node is not ILiteralNode l) return false;
        if (l.Datatype == Vocabulary.XsdDate || l.Datatype == Vocabulary.XsdDateTime)
        {
            bool date = l.Datatype == Vocabulary.XsdDate;
            if (!(date ? XsdDateTime.TryParseDate(l.Value, out var d) : XsdDateTime.TryParseDateTime(l.Value, out d))) return false;
            space = date ? Space.Date : Space.DateTime;
            key = (double)d.SecondsOnTimeLine;
            return true;
        }
        if (!XsdNumeric.IsNumericType(l.Datatype) || !XsdNumeric.TryParse(l, out var n)) return false;
        key = n.AsDouble;
        space = Space.Numeric;
        return !double.IsNaN(key);
    }

    /// <summary>Object ids of the predicate in the space whose key lies in [low, high], and how many distinct objects it has.</summary>
    public (ArraySegment<int> Ids, int DistinctObjects) Candidates(int predicate, Space space, double low, double high)
    {
        var version = _store.Version;
        if (Interlocked.Read(ref _version) != version)
        {
            _byPredicate = new ConcurrentDictionary<int, Lazy<Sorted>>();
            Interlocked.Exchange(ref _version, version);
        }
        var sorted = _byPredicate.GetOrAdd(predicate, p => new Lazy<Sorted>(() => Build(p))).Value;
        var (keys, ids) = sorted.Spaces[(int)space];
        int from = LowerBound(keys, low), to = UpperBound(keys, high);
        return (new ArraySegment<int>(ids, from, Math.Max(0, to - from)), sorted.DistinctObjects);
    }

    private sealed record Sorted((double[] Keys, int[] Ids)[] Spaces, int DistinctObjects);

    private Sorted Build(int predicate)
    {
        var seen = new HashSet<int>();
        var lists = new[] { new List<(double, int)>(), new List<(double, int)>(), new List<(double, int)>() };
        foreach (var q in _store.MatchEncoded(TermDictionary.Any, predicate, TermDictionary.Any, TermDictionary.Any))
        {
            if (!seen.Add(q.O)) continue;
            if (TryKey(_store.Terms[q.O], out var space, out var key)) lists[(int)space].Add((key, q.O));
        }
        var spaces = lists.Select(l =>
        {
            l.Sort();
            return (l.Select(x => x.Item1).ToArray(), l.Select(x => x.Item2).ToArray());
        }).ToArray();
        return new Sorted(spaces, seen.Count);
    }

    private static int LowerBound(double[] keys, double value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int UpperBound(double[] keys, double value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
