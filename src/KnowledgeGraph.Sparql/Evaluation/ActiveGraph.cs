using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The graph patterns are matched against: one stored graph, or the RDF merge of several (FROM graphs, or every
/// graph when the default graph is the union), whose duplicate triples must be reported once.
/// </summary>
public sealed class ActiveGraph
{
    private ActiveGraph(int single, int[]? many, bool all)
    {
        Single = single;
        Many = many;
        All = all;
    }

    /// <summary>The one graph id (0 is the store's default graph) when this is a single graph; TermDictionary.Any
    /// when the store holds nothing but its default graph, so that every index lookup is exact.</summary>
    public int Single { get; }

    public int[]? Many { get; }

    /// <summary>The union of every graph of the store.</summary>
    public bool All { get; }

    public bool IsSingle => Many is null && !All;

    /// <summary>Patterns are matched against every triple of the store (its only graph, or the union of all), so an
    /// index built over the whole store (<see cref="PredicateEnds"/>) answers for this graph.</summary>
    public bool WholeStore => All || IsSingle && Single == TermDictionary.Any;

    public static ActiveGraph Of(int graphId) => new(graphId, null, false);

    public static ActiveGraph Union(int[] graphIds) => graphIds.Length == 1 ? Of(graphIds[0]) : new(0, graphIds, false);

    public static ActiveGraph AllGraphs { get; } = new(0, null, true);

    /// <summary>No graph at all (a FROM graph the store does not hold).</summary>
    public static ActiveGraph Empty { get; } = new(0, Array.Empty<int>(), false);

    /// <summary>Matches (s, p, o) ids (TermDictionary.Any for wildcards); results are distinct triples.</summary>
    public IEnumerable<EncodedQuad> Match(MemoryStore store, int s, int p, int o)
    {
        if (IsSingle) return store.MatchEncoded(s, p, o, Single);
        if (All) return Distinct(store.MatchEncoded(s, p, o, TermDictionary.Any));
        if (Many!.Length == 0) return Array.Empty<EncodedQuad>();
        return Distinct(Many.SelectMany(g => store.MatchEncoded(s, p, o, g)));
    }

    /// <summary>The same matches as <see cref="Match"/>, as a struct cursor (no allocation for a single graph).</summary>
    public QuadCursor Cursor(MemoryStore store, int s, int p, int o) =>
        IsSingle ? store.Cursor(s, p, o, Single) : new QuadCursor(Match(store, s, p, o).GetEnumerator());

    public long Estimate(MemoryStore store, int s, int p, int o)
    {
        if (IsSingle) return store.EstimateCount(s, p, o, Single);
        if (All) return store.EstimateCount(s, p, o, TermDictionary.Any);
        long n = 0;
        foreach (var g in Many!) n += store.EstimateCount(s, p, o, g);
        return n;
    }

    private static IEnumerable<EncodedQuad> Distinct(IEnumerable<EncodedQuad> source)
    {
        var seen = new HashSet<(int, int, int)>();
        foreach (var q in source)
            if (seen.Add((q.S, q.P, q.O)))
                yield return q with { G = 0 };
    }
}
