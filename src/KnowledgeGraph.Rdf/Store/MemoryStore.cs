using System.Collections;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The embedded default store: dictionary-encoded terms and three permutation indexes
/// (SPO, POS, OSP, each over all graphs) plus a per-graph list, so every triple pattern with
/// a bound position is answered from an index, never by a scan.
/// Reads may run concurrently; writes must not overlap reads or other writes
/// (callers that mix them, like the HTTP server, hold a lock).
/// </summary>
public sealed class MemoryStore : ITripleStore
{
    /// <summary>Graph wildcard for <see cref="MatchEncoded"/> meaning "any named graph, not the default one".</summary>
    public const int AnyNamedGraph = -2;

    private readonly HashSet<EncodedQuad> _all = new();
    private readonly Dictionary<int, Dictionary<int, List<EncodedQuad>>> _spo = new();
    private readonly Dictionary<int, Dictionary<int, List<EncodedQuad>>> _pos = new();
    private readonly Dictionary<int, Dictionary<int, List<EncodedQuad>>> _osp = new();
    private readonly Dictionary<int, List<EncodedQuad>> _byGraph = new();

    public TermDictionary Terms { get; } = new();

    public NamespaceMap Namespaces { get; } = new();

    public long Count => _all.Count;

    /// <summary>Incremented on every change, so that caches (e.g. statistics) can tell they are stale.</summary>
    public long Version { get; private set; }

    public IGraph DefaultGraph => new StoreGraph(this, null);

    public IGraph Graph(INode? name) => new StoreGraph(this, name);

    public IEnumerable<INode> GraphNames =>
        _byGraph.Where(kv => kv.Key != TermDictionary.DefaultGraph && kv.Value.Count > 0)
            .Select(kv => Terms[kv.Key])
            .OrderBy(n => n, NodeComparer.Instance);

    public bool Add(Quad quad)
    {
        var e = new EncodedQuad(Terms.GetOrAdd(quad.Subject), Terms.GetOrAdd(quad.Predicate),
            Terms.GetOrAdd(quad.Object), quad.Graph is null ? TermDictionary.DefaultGraph : Terms.GetOrAdd(quad.Graph));
        return AddEncoded(e);
    }

    public bool AddEncoded(EncodedQuad e)
    {
        if (!_all.Add(e)) return false;
        Index(_spo, e.S, e.P).Add(e);
        Index(_pos, e.P, e.O).Add(e);
        Index(_osp, e.O, e.S).Add(e);
        if (!_byGraph.TryGetValue(e.G, out var g)) _byGraph[e.G] = g = new List<EncodedQuad>();
        g.Add(e);
        Version++;
        return true;
    }

    public void AddRange(IEnumerable<Quad> quads, CancellationToken cancellationToken = default)
    {
        long n = 0;
        foreach (var q in quads)
        {
            if ((++n & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            Add(q);
        }
    }

    public bool Remove(Quad quad)
    {
        if (!TryEncode(quad, out var e)) return false;
        return RemoveEncoded(e);
    }

    public bool RemoveEncoded(EncodedQuad e)
    {
        if (!_all.Remove(e)) return false;
        Unindex(_spo, e.S, e.P, e);
        Unindex(_pos, e.P, e.O, e);
        Unindex(_osp, e.O, e.S, e);
        _byGraph[e.G].Remove(e);
        Version++;
        return true;
    }

    public bool Contains(Quad quad) => TryEncode(quad, out var e) && _all.Contains(e);

    public bool ContainsEncoded(EncodedQuad e) => _all.Contains(e);

    public void ClearGraph(INode? name)
    {
        int g = name is null ? TermDictionary.DefaultGraph : Terms.Lookup(name);
        if (name is not null && g == 0) return;
        if (!_byGraph.TryGetValue(g, out var list) || list.Count == 0) return;
        RemoveEncodedRange(new HashSet<EncodedQuad>(list));
    }

    /// <summary>
    /// Removes many quads at once, returning how many were present. Removing quad by quad costs a
    /// scan of each index list it sits in (quadratic when many quads share a list, like every
    /// "?x rdf:type C" of one class); this makes one pass per touched list instead.
    /// </summary>
    public long RemoveRange(IEnumerable<Quad> quads)
    {
        var removed = new HashSet<EncodedQuad>();
        foreach (var q in quads)
            if (TryEncode(q, out var e) && _all.Contains(e)) removed.Add(e);
        return RemoveEncodedRange(removed);
    }

    private long RemoveEncodedRange(HashSet<EncodedQuad> removed)
    {
        if (removed.Count == 0) return 0;
        _all.ExceptWith(removed);
        Purge(_spo, removed, static e => (e.S, e.P));
        Purge(_pos, removed, static e => (e.P, e.O));
        Purge(_osp, removed, static e => (e.O, e.S));
        var graphs = new HashSet<int>();
        foreach (var e in removed)
            if (graphs.Add(e.G)) _byGraph[e.G].RemoveAll(removed.Contains);
        Version++;
        return removed.Count;
    }

    private static void Purge(Dictionary<int, Dictionary<int, List<EncodedQuad>>> index, HashSet<EncodedQuad> removed,
        Func<EncodedQuad, (int A, int B)> key)
    {
        var done = new HashSet<(int, int)>();
        foreach (var e in removed)
        {
            var (a, b) = key(e);
            if (!done.Add((a, b))) continue;
            var inner = index[a];
            var list = inner[b];
            list.RemoveAll(removed.Contains);
            if (list.Count == 0)
            {
                inner.Remove(b);
                if (inner.Count == 0) index.Remove(a);
            }
        }
    }

    public IEnumerable<Quad> Match(INode? subject, INode? predicate, INode? @object, GraphSelector graph)
    {
        if (!TryEncodeSlot(subject, out var s) || !TryEncodeSlot(predicate, out var p) || !TryEncodeSlot(@object, out var o))
            return Array.Empty<Quad>();
        int g;
        switch (graph.Kind)
        {
            case GraphSelectorKind.Default: g = TermDictionary.DefaultGraph; break;
            case GraphSelectorKind.AllNamed: g = AnyNamedGraph; break;
            case GraphSelectorKind.All: g = TermDictionary.Any; break;
            default:
                if (graph.Name is null) { g = TermDictionary.DefaultGraph; break; }
                g = Terms.Lookup(graph.Name);
                if (g == 0) return Array.Empty<Quad>();
                break;
        }
        return MatchEncoded(s, p, o, g).Select(Decode);
    }

    public Quad Decode(EncodedQuad e) =>
        new(Terms[e.S], Terms[e.P], Terms[e.O], e.G == TermDictionary.DefaultGraph ? null : Terms[e.G]);

    /// <summary>
    /// Quads matching an encoded pattern. Each of s, p, o is an id or <see cref="TermDictionary.Any"/>;
    /// g is an id, <see cref="TermDictionary.DefaultGraph"/>, <see cref="TermDictionary.Any"/> or <see cref="AnyNamedGraph"/>.
    /// </summary>
    public IEnumerable<EncodedQuad> MatchEncoded(int s, int p, int o, int g)
    {
        IEnumerable<EncodedQuad> candidates = Candidates(s, p, o, g, out bool exact);
        if (exact) return candidates;
        return Filter(candidates, s, p, o, g);
    }

    /// <summary>An upper bound on the number of matches, read off the index sizes in O(1); used by the optimizer.</summary>
    public long EstimateCount(int s, int p, int o, int g)
    {
        Candidates(s, p, o, g, out _, out var size);
        return size;
    }

    private IEnumerable<EncodedQuad> Candidates(int s, int p, int o, int g, out bool exact) => Candidates(s, p, o, g, out exact, out _);

    private IEnumerable<EncodedQuad> Candidates(int s, int p, int o, int g, out bool exact, out long size)
    {
        exact = false;
        List<EncodedQuad>? list;
        if (s >= 0)
        {
            if (!_spo.TryGetValue(s, out var byP)) { size = 0; return Array.Empty<EncodedQuad>(); }
            if (p >= 0)
            {
                list = byP.TryGetValue(p, out var l) ? l : null;
                exact = o < 0 && g == TermDictionary.Any;
                size = list?.Count ?? 0;
                return list ?? (IEnumerable<EncodedQuad>)Array.Empty<EncodedQuad>();
            }
            if (o >= 0 && _osp.TryGetValue(o, out var byS) && byS.TryGetValue(s, out var l2))
            {
                exact = g == TermDictionary.Any;
                size = l2.Count;
                return l2;
            }
            if (o >= 0) { size = 0; return Array.Empty<EncodedQuad>(); }
            exact = g == TermDictionary.Any;
            size = byP.Values.Sum(x => (long)x.Count);
            return byP.Values.SelectMany(x => x);
        }
        if (p >= 0)
        {
            if (!_pos.TryGetValue(p, out var byO)) { size = 0; return Array.Empty<EncodedQuad>(); }
            if (o >= 0)
            {
                list = byO.TryGetValue(o, out var l) ? l : null;
                exact = g == TermDictionary.Any;
                size = list?.Count ?? 0;
                return list ?? (IEnumerable<EncodedQuad>)Array.Empty<EncodedQuad>();
            }
            exact = g == TermDictionary.Any;
            size = byO.Values.Sum(x => (long)x.Count);
            return byO.Values.SelectMany(x => x);
        }
        if (o >= 0)
        {
            if (!_osp.TryGetValue(o, out var byS)) { size = 0; return Array.Empty<EncodedQuad>(); }
            exact = g == TermDictionary.Any;
            size = byS.Values.Sum(x => (long)x.Count);
            return byS.Values.SelectMany(x => x);
        }
        if (g >= 0)
        {
            exact = true;
            list = _byGraph.TryGetValue(g, out var l) ? l : null;
            size = list?.Count ?? 0;
            return list ?? (IEnumerable<EncodedQuad>)Array.Empty<EncodedQuad>();
        }
        exact = g == TermDictionary.Any;
        size = _all.Count;
        return _all;
    }

    private static IEnumerable<EncodedQuad> Filter(IEnumerable<EncodedQuad> source, int s, int p, int o, int g)
    {
        foreach (var e in source)
        {
            if (s >= 0 && e.S != s) continue;
            if (p >= 0 && e.P != p) continue;
            if (o >= 0 && e.O != o) continue;
            if (g >= 0) { if (e.G != g) continue; }
            else if (g == AnyNamedGraph && e.G == TermDictionary.DefaultGraph) continue;
            yield return e;
        }
    }

    private bool TryEncode(Quad q, out EncodedQuad e)
    {
        e = default;
        if (!Terms.TryGetId(q.Subject, out var s) || !Terms.TryGetId(q.Predicate, out var p) || !Terms.TryGetId(q.Object, out var o))
            return false;
        int g = TermDictionary.DefaultGraph;
        if (q.Graph is not null && !Terms.TryGetId(q.Graph, out g)) return false;
        e = new EncodedQuad(s, p, o, g);
        return true;
    }

    private bool TryEncodeSlot(INode? node, out int id)
    {
        if (node is null) { id = TermDictionary.Any; return true; }
        return Terms.TryGetId(node, out id);
    }

    private static List<EncodedQuad> Index(Dictionary<int, Dictionary<int, List<EncodedQuad>>> index, int a, int b)
    {
        if (!index.TryGetValue(a, out var inner)) index[a] = inner = new Dictionary<int, List<EncodedQuad>>();
        if (!inner.TryGetValue(b, out var list)) inner[b] = list = new List<EncodedQuad>(2);
        return list;
    }

    private static void Unindex(Dictionary<int, Dictionary<int, List<EncodedQuad>>> index, int a, int b, EncodedQuad e)
    {
        var inner = index[a];
        var list = inner[b];
        list.Remove(e);
        if (list.Count == 0)
        {
            inner.Remove(b);
            if (inner.Count == 0) index.Remove(a);
        }
    }

    private sealed class StoreGraph(MemoryStore store, INode? name) : IGraph
    {
        private GraphSelector Selector => name is null ? GraphSelector.Default : GraphSelector.Named(name);

        public INode? Name => name;

        public long Count => store.Match(null, null, null, Selector).LongCount();

        public bool Assert(Triple triple) => store.Add(triple.InGraph(name));

        public bool Retract(Triple triple) => store.Remove(triple.InGraph(name));

        public bool Contains(Triple triple) => store.Contains(triple.InGraph(name));

        public IEnumerable<Triple> GetTriples(INode? subject, INode? predicate, INode? @object) =>
            store.Match(subject, predicate, @object, Selector).Select(q => q.Triple);

        public IEnumerator<Triple> GetEnumerator() => GetTriples(null, null, null).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
