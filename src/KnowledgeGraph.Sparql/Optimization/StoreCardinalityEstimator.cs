using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// <see cref="ICardinalityEstimator"/> over <see cref="MemoryStore.EstimateCount"/>: constants are
/// looked up in the store's term dictionary (a constant the store has never seen matches nothing),
/// variables match anything. A variable graph name counts every named graph.
/// </summary>
public sealed class StoreCardinalityEstimator : ICardinalityEstimator
{
    private readonly MemoryStore _store;
    private readonly bool _unionDefaultGraph;

    /// <param name="unionDefaultGraph">When true the default graph is the union of all graphs (see <see cref="SparqlQueryOptions.UnionDefaultGraph"/>).</param>
    public StoreCardinalityEstimator(MemoryStore store, bool unionDefaultGraph = false)
    {
        _store = store;
        _unionDefaultGraph = unionDefaultGraph;
    }

    public long Estimate(TriplePattern pattern, PatternItem? graph)
    {
        if (!TryId(pattern.Subject, out var s) || !TryId(pattern.Predicate, out var p) || !TryId(pattern.Object, out var o))
            return 0;
        int g;
        switch (graph)
        {
            case null:
                g = _unionDefaultGraph ? TermDictionary.Any : TermDictionary.DefaultGraph;
                break;
            case Variable:
                g = MemoryStore.AnyNamedGraph;
                break;
            case TermItem t:
                if (!_store.Terms.TryGetId(t.Node, out g)) return 0;
                break;
            default:
                g = TermDictionary.Any;
                break;
        }
        return _store.EstimateCount(s, p, o, g);
    }

    private bool TryId(PatternItem item, out int id)
    {
        if (item is TermItem t) return _store.Terms.TryGetId(t.Node, out id);
        id = TermDictionary.Any;
        return true;
    }
}
