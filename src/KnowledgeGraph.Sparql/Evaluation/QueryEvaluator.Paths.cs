using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    private const int Any = TermDictionary.Any;

    private IEnumerable<int[]> EvaluatePathPattern(PathPattern pp, int[] seed, ActiveGraph graph)
    {
        var (s, sSlot) = CompileItem(pp.Subject);
        var (o, oSlot) = CompileItem(pp.Object);
        if (sSlot >= 0 && seed[sSlot] != 0) s = seed[sSlot];
        if (oSlot >= 0 && seed[oSlot] != 0) o = seed[oSlot];
        // A value bound by the seed stands for a join with the path's own solutions, in which a zero-length path
        // only relates nodes of the graph; only a constant written in the pattern may lie outside it.
        bool sFromSeed = sSlot >= 0 && seed[sSlot] != 0, oFromSeed = oSlot >= 0 && seed[oSlot] != 0;
        foreach (var (a, b) in PathPairs(pp.Path, s, o, graph))
        {
            if (a == b && ((sFromSeed && !IsGraphNode(a, graph)) || (oFromSeed && !IsGraphNode(b, graph)))) continue;
            _guard.Tick();
            int[]? row = null;
            if (!BindSlot(sSlot, a, seed, ref row)) continue;
            if (!BindSlot(oSlot, b, seed, ref row)) continue;
            yield return row ?? seed;
        }
    }

    /// <summary>
    /// Pairs (start, end) connected by a path. <paramref name="s"/> and <paramref name="o"/> are ids or
    /// <see cref="Any"/>. Ids the store does not hold (local ids) connect only by zero-length paths.
    /// </summary>
    private IEnumerable<(int S, int O)> PathPairs(PropertyPath path, int s, int o, ActiveGraph graph) => path switch
    {
        LinkPath link => LinkPairs(link.Iri, s, o, graph),
        InversePath inv => PathPairs(inv.Path, o, s, graph).Select(p => (p.O, p.S)),
        SequencePath seq => SequencePairs(seq, s, o, graph),
        AlternativePath alt => PathPairs(alt.First, s, o, graph).Concat(PathPairs(alt.Second, s, o, graph)),
        ZeroOrOnePath z => ZeroOrOnePairs(z.Path, s, o, graph),
        ZeroOrMorePath z => ClosurePairs(z.Path, s, o, graph, includeZero: true),
        OneOrMorePath z => ClosurePairs(z.Path, s, o, graph, includeZero: false),
        NegatedPropertySet n => NegatedPairs(n, s, o, graph),
        _ => throw new SparqlException($"unsupported property path {path.GetType().Name}"),
    };

    private bool IsGraphNode(int id, ActiveGraph graph) =>
        id > 0 && (graph.Match(_store, id, Any, Any).Any() || graph.Match(_store, Any, Any, id).Any());

    private readonly Dictionary<string, int> _predicateIds = new(StringComparer.Ordinal);

    private IEnumerable<(int, int)> LinkPairs(string iri, int s, int o, ActiveGraph graph)
    {
        if (!_predicateIds.TryGetValue(iri, out var p))
            _predicateIds[iri] = p = _store.Terms.TryGetId(new UriNode(iri), out var id) ? id : 0;
        if (p == 0) return Array.Empty<(int, int)>();
        if (s < Any || o < Any) return Array.Empty<(int, int)>();
        return graph.Match(_store, s, p, o).Select(q => (q.S, q.O));
    }

    private IEnumerable<(int, int)> SequencePairs(SequencePath seq, int s, int o, ActiveGraph graph)
    {
        if (s != Any || o == Any)
        {
            foreach (var (a, m) in PathPairs(seq.First, s, Any, graph))
                foreach (var (_, b) in PathPairs(seq.Second, m, o, graph))
                    yield return (a, b);
        }
        else
        {
            foreach (var (m, b) in PathPairs(seq.Second, Any, o, graph))
                foreach (var (a, _) in PathPairs(seq.First, Any, m, graph))
                    yield return (a, b);
        }
    }

    private IEnumerable<(int, int)> NegatedPairs(NegatedPropertySet n, int s, int o, ActiveGraph graph)
    {
        if (s < Any || o < Any) yield break;
        if (n.Forward.Count > 0 || n.Inverse.Count == 0)
        {
            var excluded = n.Forward.Select(i => _store.Terms.Lookup(new UriNode(i))).ToHashSet();
            foreach (var q in graph.Cursor(_store, s, Any, o))
                if (!excluded.Contains(q.P)) yield return (q.S, q.O);
        }
        if (n.Inverse.Count > 0)
        {
            var excluded = n.Inverse.Select(i => _store.Terms.Lookup(new UriNode(i))).ToHashSet();
            foreach (var q in graph.Cursor(_store, o, Any, s))
                if (!excluded.Contains(q.P)) yield return (q.O, q.S);
        }
    }

    private readonly Dictionary<ActiveGraph, int[]> _graphNodes = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every subject and object of the graph: the candidates for zero-length paths between two variables.</summary>
    private int[] GraphNodes(ActiveGraph graph)
    {
        if (_graphNodes.TryGetValue(graph, out var nodes)) return nodes;
        var set = new HashSet<int>();
        foreach (var q in graph.Match(_store, Any, Any, Any))
        {
            _guard.Tick();
            set.Add(q.S);
            set.Add(q.O);
        }
        nodes = set.Order().ToArray();
        _graphNodes[graph] = nodes;
        return nodes;
    }

    private IEnumerable<(int, int)> ZeroOrOnePairs(PropertyPath path, int s, int o, ActiveGraph graph)
    {
        var seen = new HashSet<(int, int)>();
        if (s != Any && o != Any)
        {
            if (s == o || PathPairs(path, s, o, graph).Any()) yield return (s, o);
            yield break;
        }
        if (s != Any)
        {
            seen.Add((s, s));
            yield return (s, s);
        }
        else if (o != Any)
        {
            seen.Add((o, o));
            yield return (o, o);
        }
        else
        {
            foreach (var n in GraphNodes(graph))
                if (seen.Add((n, n))) yield return (n, n);
        }
        foreach (var pair in PathPairs(path, s, o, graph))
            if (seen.Add(pair)) yield return pair;
    }

    private readonly Dictionary<(PropertyPath, ActiveGraph, int, bool, bool), int[]> _reachCache = new();

    /// <summary>
    /// Closure from one node, remembered for the rest of the query: a path joined with other patterns is typically
    /// asked again and again from the same few nodes (classes in rdfs:subClassOf*, for instance).
    /// </summary>
    private int[] CachedReach(PropertyPath path, int start, ActiveGraph graph, bool includeZero, bool forward)
    {
        var key = (path, graph, start, includeZero, forward);
        if (!_reachCache.TryGetValue(key, out var nodes))
            _reachCache[key] = nodes = Reach(path, start, graph, includeZero, forward).ToArray();
        return nodes;
    }

    private IEnumerable<(int, int)> ClosurePairs(PropertyPath path, int s, int o, ActiveGraph graph, bool includeZero)
    {
        if (s != Any && o != Any)
        {
            foreach (var x in Reach(path, s, graph, includeZero, forward: true))
                if (x == o) { yield return (s, o); yield break; }
            yield break;
        }
        if (s != Any)
        {
            foreach (var x in CachedReach(path, s, graph, includeZero, forward: true)) yield return (s, x);
            yield break;
        }
        if (o != Any)
        {
            foreach (var x in CachedReach(path, o, graph, includeZero, forward: false)) yield return (x, o);
            yield break;
        }
        IEnumerable<int> starts = includeZero
            ? GraphNodes(graph)
            : PathPairs(path, Any, Any, graph).Select(p => p.S).Distinct();
        foreach (var start in starts.ToArray())
            foreach (var x in Reach(path, start, graph, includeZero, forward: true))
                yield return (start, x);
    }

    /// <summary>Nodes reachable from start by one or more (or zero or more) steps; each reported once (§18.4 ALP).</summary>
    private IEnumerable<int> Reach(PropertyPath path, int start, ActiveGraph graph, bool includeZero, bool forward)
    {
        var visited = new HashSet<int>();
        var frontier = new Queue<int>();
        if (includeZero)
        {
            visited.Add(start);
            yield return start;
        }
        frontier.Enqueue(start);
        var expanded = new HashSet<int>();
        while (frontier.Count > 0)
        {
            var x = frontier.Dequeue();
            if (!expanded.Add(x)) continue;
            var steps = forward ? PathPairs(path, x, Any, graph).Select(p => p.O) : PathPairs(path, Any, x, graph).Select(p => p.S);
            foreach (var y in steps)
            {
                _guard.Tick();
                if (visited.Add(y))
                {
                    yield return y;
                    frontier.Enqueue(y);
                }
            }
        }
    }
}
