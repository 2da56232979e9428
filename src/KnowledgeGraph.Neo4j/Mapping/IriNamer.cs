using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>
/// Names labels, relationship types and property keys from IRIs, and remembers the prefixes it used.
/// uri and sources are reserved keys: a predicate with such a local name gets a trailing underscore.
/// </summary>
internal sealed class IriNamer
{
    private readonly NameMode _mode;
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    public IriNamer(NameMode mode, NamespaceMap? namespaces)
    {
        _mode = mode;
        foreach (var (prefix, ns) in namespaces?.Entries ?? Array.Empty<KeyValuePair<string, string>>())
            if (prefix.Length > 0) _prefixByNamespace.TryAdd(ns, prefix);
        foreach (var (prefix, ns) in WellKnown)
            if (!_prefixByNamespace.ContainsKey(ns) && !_prefixByNamespace.ContainsValue(prefix)) _prefixByNamespace[ns] = prefix;
    }

    private static readonly KeyValuePair<string, string>[] WellKnown =
    {
        new("rdf", Vocabulary.Rdf), new("rdfs", Vocabulary.Rdfs), new("xsd", Vocabulary.Xsd),
        new("owl", "http://www.w3.org/2002/07/owl#"), new("skos", "http://www.w3.org/2004/02/skos/core#"),
        new("schema", "https://schema.org/"), new("foaf", "http://xmlns.com/foaf/0.1/"), new("org", "http://www.w3.org/ns/org#"),
        new("prov", "http://www.w3.org/ns/prov#"), new("dcterms", "http://purl.org/dc/terms/"),
    };

    public string Label(string iri) => Name(iri);

    public string RelationshipType(string iri) => Name(iri);

    public string PropertyKey(string iri)
    {
        var name = Name(iri);
        return name is MappingOptions.UriKey or MappingOptions.SourcesKey ? name + "_" : name;
    }

    /// <summary>prefix → namespace for every namespace named so far (and, in local-name mode, every one seen).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> UsedPrefixes() => _used.ToList();

    private string Name(string iri)
    {
        if (_cache.TryGetValue(iri, out var cached)) return cached;
        var (ns, local) = Split(iri);
        string name;
        if (_mode == NameMode.LocalName || ns.Length == 0)
        {
            name = local.Length > 0 ? local : iri;
            if (ns.Length > 0) _used[PrefixFor(ns)] = ns;
        }
        else
        {
            var prefix = PrefixFor(ns);
            _used[prefix] = ns;
            name = prefix + "__" + local;
        }
        _cache[iri] = name;
        return name;
    }

    private string PrefixFor(string ns)
    {
        if (_prefixByNamespace.TryGetValue(ns, out var prefix)) return prefix;
        var n = 0;
        while (_prefixByNamespace.ContainsValue("ns" + n)) n++;
        prefix = "ns" + n;
        _prefixByNamespace[ns] = prefix;
        return prefix;
    }

    /// <summary>Splits after the last '#', else the last '/', else the last ':'; the local part must not be empty.</summary>
    public static (string Namespace, string LocalName) Split(string iri)
    {
        foreach (var separator in new[] { '#', '/', ':' })
        {
            var i = iri.LastIndexOf(separator);
            if (i >= 0 && i < iri.Length - 1) return (iri[..(i + 1)], iri[(i + 1)..]);
        }
        return ("", iri);
    }
}
