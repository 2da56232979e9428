namespace KnowledgeGraph.Rdf;

/// <summary>
/// Turns IRIs into JSON-LD compact IRIs (prefix:suffix) with the prefixes a JSON-LD 1.1 processor
/// will accept as prefixes, and records which were used for the @context. A prefix is left out when
/// reading it back could change some other IRI: a prefix named like the scheme of an IRI in the data
/// ("http", "urn") would turn that absolute IRI into a compact one.
/// </summary>
public sealed class JsonLdCompactor
{
    private readonly List<KeyValuePair<string, string>> _prefixes;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private JsonLdCompactor(List<KeyValuePair<string, string>> prefixes, bool compacting)
    {
        _prefixes = prefixes;
        IsCompacting = compacting;
    }

    /// <summary>Writes every IRI in full.</summary>
    public static JsonLdCompactor None => new(new List<KeyValuePair<string, string>>(), false);

    public bool IsCompacting { get; }

    public static JsonLdCompactor Create(IEnumerable<KeyValuePair<string, string>>? prefixes, DatasetShape shape)
    {
        var schemes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var graph in shape.Graphs)
        {
            if (graph.Name is IUriNode gn) AddScheme(schemes, gn.Iri);
            foreach (var s in graph.Subjects)
                foreach (var t in s.Triples)
                    foreach (var term in new[] { t.Subject, t.Predicate, t.Object })
                    {
                        if (term is IUriNode u) AddScheme(schemes, u.Iri);
                        else if (term is ILiteralNode l) AddScheme(schemes, l.Datatype);
                    }
        }
        var usable = new List<KeyValuePair<string, string>>();
        foreach (var (prefix, ns) in prefixes ?? [])
        {
            if (!IsUsablePrefix(prefix, ns) || schemes.Contains(prefix)) continue;
            usable.RemoveAll(e => e.Key == prefix);
            usable.Add(new(prefix, ns));
        }
        return new JsonLdCompactor(usable, true);
    }

    private static void AddScheme(HashSet<string> schemes, string iri)
    {
        int colon = iri.IndexOf(':');
        if (colon > 0) schemes.Add(iri.Substring(0, colon));
    }

    // JSON-LD 1.1 treats a simple term definition as a prefix only when its IRI ends with a gen-delim.
    private static bool IsUsablePrefix(string prefix, string ns) =>
        prefix.Length > 0 && prefix != "_" && !prefix.StartsWith('@') && TurtleSyntax.IsValidPrefix(prefix)
        && ns.Length > 0 && ":/?#[]@".Contains(ns[^1]);

    public string Compact(string iri)
    {
        if (!IsCompacting) return iri;
        string? best = null;
        int bestLength = -1;
        foreach (var (prefix, ns) in _prefixes)
        {
            if (ns.Length <= bestLength || !iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var suffix = iri.Substring(ns.Length);
            // A suffix starting with "//" would make the compact IRI read as an absolute IRI.
            if (suffix.StartsWith("//", StringComparison.Ordinal)) continue;
            best = prefix;
            bestLength = ns.Length;
        }
        if (best is null) return iri;
        _used.Add(best);
        return best + ":" + iri.Substring(bestLength);
    }

    /// <summary>The prefixes used so far, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> UsedContext() => _prefixes.Where(e => _used.Contains(e.Key)).ToList();
}
