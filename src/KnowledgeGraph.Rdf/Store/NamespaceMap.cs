namespace KnowledgeGraph.Rdf;

/// <summary>Prefix to namespace IRI, in insertion order with later definitions replacing earlier ones.</summary>
public sealed class NamespaceMap
{
    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    public void Set(string prefix, string iri)
    {
        if (!_map.ContainsKey(prefix)) _order.Add(prefix);
        _map[prefix] = iri;
    }

    public bool TryGet(string prefix, out string iri) => _map.TryGetValue(prefix, out iri!);

    public IReadOnlyList<KeyValuePair<string, string>> Entries =>
        _order.Select(p => new KeyValuePair<string, string>(p, _map[p])).ToList();

    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(_map, StringComparer.Ordinal);

    public void Import(IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var (k, v) in entries) Set(k, v);
    }
}
