using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Term ids for one query: terms of the store keep their store id (positive), terms the query makes up
/// (BIND, VALUES, functions) get negative ids of their own, at or below <see cref="FirstLocalId"/>, so that
/// id equality is RDF term equality throughout evaluation. 0 means unbound.
/// </summary>
public sealed class TermTable
{
    public const int Unbound = 0;
    public const int FirstLocalId = -100;

    private readonly MemoryStore _store;
    private readonly Dictionary<INode, int> _localIds = new();
    private readonly List<INode> _localTerms = new();

    public TermTable(MemoryStore store) => _store = store;

    public MemoryStore Store => _store;

    public static bool IsLocal(int id) => id <= FirstLocalId;

    public int Encode(INode node)
    {
        if (_store.Terms.TryGetId(node, out var id)) return id;
        if (_localIds.TryGetValue(node, out id)) return id;
        id = FirstLocalId - _localTerms.Count;
        _localTerms.Add(node);
        _localIds.Add(node, id);
        return id;
    }

    public INode Decode(int id) => id > 0 ? _store.Terms[id] : _localTerms[FirstLocalId - id];

    public INode? DecodeOrNull(int id) => id == Unbound ? null : Decode(id);
}
