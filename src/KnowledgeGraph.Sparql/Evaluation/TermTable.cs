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

    /// <summary>
    /// The id of a pattern constant. Language tags compare case-insensitively, so a tagged literal the store does not
    /// hold as written is looked up again with the tag's usual spellings (lower case; lower language, upper region).
    /// </summary>
    public int EncodePatternConstant(INode node)
    {
        if (node is ILiteralNode { Language.Length: > 0 } l && !_store.Terms.TryGetId(node, out _))
        {
            var lower = l.Language.ToLowerInvariant();
            var parts = lower.Split('-');
            for (int i = 1; i < parts.Length; i++) if (parts[i].Length == 2) parts[i] = parts[i].ToUpperInvariant();
            foreach (var tag in new[] { lower, string.Join('-', parts) })
                if (_store.Terms.TryGetId(new LiteralNode(l.Value, null, tag), out var id)) return id;
        }
        return Encode(node);
    }

    public INode Decode(int id) => id > 0 ? _store.Terms[id] : _localTerms[FirstLocalId - id];

    public INode? DecodeOrNull(int id) => id == Unbound ? null : Decode(id);
}
