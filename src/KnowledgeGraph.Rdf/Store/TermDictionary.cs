namespace KnowledgeGraph.Rdf;

/// <summary>
/// Dictionary encoding: every distinct term gets a dense positive integer id, so indexes
/// and joins work on ints. Id 0 is reserved for the default graph, -1 is the wildcard.
/// </summary>
public sealed class TermDictionary
{
    public const int Any = -1;
    public const int DefaultGraph = 0;

    private readonly Dictionary<INode, int> _ids = new();
    private readonly List<INode> _terms = new() { null! };

    public int Count => _terms.Count - 1;

    /// <summary>The id of a term, adding it when new.</summary>
    public int GetOrAdd(INode node)
    {
        if (_ids.TryGetValue(node, out var id)) return id;
        id = _terms.Count;
        _terms.Add(node);
        _ids.Add(node, id);
        return id;
    }

    /// <summary>The id of a known term, or 0 when the term was never stored.</summary>
    public int Lookup(INode node) => _ids.TryGetValue(node, out var id) ? id : 0;

    public bool TryGetId(INode node, out int id) => _ids.TryGetValue(node, out id);

    public INode this[int id] => _terms[id];

    public INode GetTerm(int id) => _terms[id];

    /// <summary>The terms in id order (index 0 is the reserved default-graph slot, null).</summary>
    internal IReadOnlyList<INode> AllTerms => _terms;

    /// <summary>Replaces the content with terms loaded from a binary store, ids in list order from 1.</summary>
    internal void Load(INode[] terms)
    {
        _ids.Clear();
        _terms.Clear();
        _terms.Add(null!);
        _ids.EnsureCapacity(terms.Length);
        _terms.Capacity = terms.Length + 1;
        foreach (var t in terms)
        {
            _ids.Add(t, _terms.Count);
            _terms.Add(t);
        }
    }
}
