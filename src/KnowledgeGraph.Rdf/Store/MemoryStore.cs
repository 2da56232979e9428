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
    private readonly QuadIndex _spo = new(IndexOrder.Spo);
    private readonly QuadIndex _pos = new(IndexOrder.Pos);
    private readonly QuadIndex _osp = new(IndexOrder.Osp);
    private readonly QuadIndex _gspo = new(IndexOrder.Gspo);

    public TermDictionary Terms { get; private set; } = new();

    public NamespaceMap Namespaces { get; } = new();

    public long Count => _all.Count;

    /// <summary>Incremented on every change, so that caches (e.g. statistics) can tell they are stale.</summary>
    public long Version { get; private set; }

    public IGraph DefaultGraph => new StoreGraph(this, null);

    public IGraph Graph(INode? name) => new StoreGraph(this, name);

    public IEnumerable<INode> GraphNames =>
        _gspo.Keys.Where(g => g != TermDictionary.DefaultGraph)
            .Select(g => Terms[g])
            .OrderBy(n => n, NodeComparer.Instance)
            .ToList();

    /// <summary>Every quad, in the store's own enumeration order (a binary store keeps it, so scans answer in the same order).</summary>
    internal IEnumerable<EncodedQuad> AllEncoded => _all;

    internal QuadIndex IndexFor(IndexOrder order) => order switch
    {
        IndexOrder.Spo => _spo,
        IndexOrder.Pos => _pos,
        IndexOrder.Osp => _osp,
        _ => _gspo,
    };

    /// <summary>
    /// Replaces the content with a loaded binary store: terms, every quad in enumeration order, and the
    /// four indexes' buckets (already sorted). Only called on an empty store, once the file was verified.
    /// </summary>
    internal void Install(INode[] terms, EncodedQuad[] quads, IReadOnlyList<KeyValuePair<string, string>> namespaces)
    {
        if (_all.Count > 0 || Terms.Count > 0) throw new InvalidOperationException("a binary store loads into an empty store only");
        Terms.Load(terms);
        _all.EnsureCapacity(quads.Length);
        foreach (var q in quads) _all.Add(q);
        Namespaces.Import(namespaces);
        Version++;
    }

    /// <summary>
    /// As <see cref="Install(INode[], EncodedQuad[], IReadOnlyList{KeyValuePair{string, string}})"/>, with a dictionary
    /// already filled (a base store's terms and those an update added: <see cref="BinaryStoreDelta"/>).
    /// </summary>
    internal void Install(TermDictionary terms, EncodedQuad[] quads, IReadOnlyList<KeyValuePair<string, string>> namespaces)
    {
        if (_all.Count > 0 || Terms.Count > 0) throw new InvalidOperationException("a binary store loads into an empty store only");
        Terms = terms;
        _all.EnsureCapacity(quads.Length);
        foreach (var q in quads) _all.Add(q);
        Namespaces.Import(namespaces);
        Version++;
    }

    public bool Add(Quad quad)
    {
        var e = new EncodedQuad(Terms.GetOrAdd(quad.Subject), Terms.GetOrAdd(quad.Predicate),
            Terms.GetOrAdd(quad.Object), quad.Graph is null ? TermDictionary.DefaultGraph : Terms.GetOrAdd(quad.Graph));
        return AddEncoded(e);
    }

    public bool AddEncoded(EncodedQuad e)
    {
        if (!_all.Add(e)) return false;
        _spo.Add(e);
        _pos.Add(e);
        _osp.Add(e);
        _gspo.Add(e);
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
        _spo.Remove(e);
        _pos.Remove(e);
        _osp.Remove(e);
        _gspo.Remove(e);
        Version++;
        return true;
    }

    public bool Contains(Quad quad) => TryEncode(quad, out var e) && _all.Contains(e);

    public bool ContainsEncoded(EncodedQuad e) => _all.Contains(e);

    public void ClearGraph(INode? name)
    {
        int g = name is null ? TermDictionary.DefaultGraph : Terms.Lookup(name);
        if (name is not null && g == 0) return;
        var quads = _gspo.Range(g, -1, -1);
        if (quads.Count == 0) return;
        RemoveEncodedRange(new HashSet<EncodedQuad>(quads));
    }

    /// <summary>
    /// Removes many quads at once, returning how many were present: one pass over each index bucket
    /// touched, where removing quad by quad would shift a bucket's array once per quad.
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
        _spo.RemoveAll(removed);
        _pos.RemoveAll(removed);
        _osp.RemoveAll(removed);
        _gspo.RemoveAll(removed);
        Version++;
        return removed.Count;
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
        var candidates = Candidates(s, p, o, g, out bool exact);
        if (exact) return candidates;
        return Filter(candidates, s, p, o, g);
    }

    /// <summary>
    /// The same matches as <see cref="MatchEncoded"/> as a struct cursor: no boxed range or enumerator per call and no
    /// interface call per match, for callers that ask for a pattern's matches once per row of a join.
    /// </summary>
    public QuadCursor Cursor(int s, int p, int o, int g)
    {
        if (CandidateRange(s, p, o, g, out var range, out bool exact)) return new QuadCursor(range, s, p, o, g, check: !exact);
        return new QuadCursor(Filter(_all, s, p, o, g).GetEnumerator());
    }

    /// <summary>The number of candidates an index yields for the pattern, an upper bound on the matches; used by the optimizer.</summary>
    public long EstimateCount(int s, int p, int o, int g)
    {
        if (s >= 0 && p < 0 && o < 0) return _spo.BucketSize(s);
        if (s < 0 && p >= 0 && o < 0) return _pos.BucketSize(p);
        if (s < 0 && p < 0 && o >= 0) return _osp.BucketSize(o);
        return Candidates(s, p, o, g, out _) is ICollection<EncodedQuad> c ? c.Count : _all.Count;
    }

    private IEnumerable<EncodedQuad> Candidates(int s, int p, int o, int g, out bool exact)
    {
        if (CandidateRange(s, p, o, g, out var range, out exact)) return range;
        exact = g == TermDictionary.Any;
        return _all;
    }

    /// <summary>The index range holding every match of the pattern (exact when no position is left to check); false
    /// when no position is bound and no graph chosen (only a scan of every quad answers).</summary>
    private bool CandidateRange(int s, int p, int o, int g, out ArraySegment<EncodedQuad> range, out bool exact)
    {
        bool anyGraph = g == TermDictionary.Any;
        exact = anyGraph;
        if (s >= 0)
        {
            if (p >= 0) range = _spo.Range(s, p, o);
            else if (o >= 0) range = _osp.Range(o, s, -1);
            else range = _spo.Range(s, -1, -1);
            return true;
        }
        if (p >= 0) { range = _pos.Range(p, o, -1); return true; }
        if (o >= 0) { range = _osp.Range(o, -1, -1); return true; }
        if (g >= 0) { exact = true; range = _gspo.Range(g, -1, -1); return true; }
        range = default;
        return false;
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
