namespace KnowledgeGraph.Rdf;

/// <summary>
/// Statements in load order encoded as a store loading them one by one would encode them: terms get ids in order of
/// first use (subject, predicate, object, graph), duplicates are dropped; then written as a binary store.
/// </summary>
internal sealed class QuadEncoder(bool distinct)
{
    private readonly Dictionary<INode, int> _ids = new();
    private readonly List<INode> _terms = new() { null! };
    // no set when the input is known to have no duplicate
    private HashSet<EncodedQuad>? _seen = distinct ? null : new HashSet<EncodedQuad>();
    private readonly List<EncodedQuad> _quads = new();

    public void Add(in Quad q)
    {
        int s = Id(q.Subject), p = Id(q.Predicate), o = Id(q.Object);
        var e = new EncodedQuad(s, p, o, q.Graph is null ? TermDictionary.DefaultGraph : Id(q.Graph));
        if (_seen is null || _seen.Add(e)) _quads.Add(e);
    }

    // The node objects seen lately, by identity: sorted input repeats the subject (and often the predicate and graph)
    // of the statement before as the same object, and a reference check there spares a lookup in the large term
    // dictionary (a cache miss per term on a big graph). A slot holds a node and the id the dictionary gave it.
    private readonly (INode? Node, int Id)[] _recent = new (INode?, int)[256];

    private int Id(INode n)
    {
        ref var recent = ref _recent[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(n) & (_recent.Length - 1)];
        if (ReferenceEquals(recent.Node, n)) return recent.Id;
        if (!_ids.TryGetValue(n, out var id))
        {
            _ids.Add(n, id = _terms.Count);
            _terms.Add(n);
        }
        recent = (n, id);
        return id;
    }

    public void Write(string path, BinaryStoreSource source, IEnumerable<KeyValuePair<string, string>> namespaces, CancellationToken cancellationToken)
    {
        _seen = null;
        BinaryStoreWriter.Write(path, source, _terms, _quads.ToArray(), namespaces.ToList(), cancellationToken);
    }
}
