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

    private int Id(INode n)
    {
        if (_ids.TryGetValue(n, out var id)) return id;
        _ids.Add(n, id = _terms.Count);
        _terms.Add(n);
        return id;
    }

    public void Write(string path, BinaryStoreSource source, IEnumerable<KeyValuePair<string, string>> namespaces, CancellationToken cancellationToken)
    {
        _seen = null;
        BinaryStoreWriter.Write(path, source, _terms, _quads.ToArray(), namespaces.ToList(), cancellationToken);
    }
}
