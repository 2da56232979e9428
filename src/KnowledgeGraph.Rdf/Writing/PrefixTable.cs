using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Chooses the prefixed-name spelling of IRIs for one document and remembers which prefixes were
/// used, so that only those are declared. The longest matching namespace wins; among equal
/// namespaces the first declared prefix wins, which keeps the choice independent of hashing.
/// </summary>
public sealed class PrefixTable
{
    private readonly List<KeyValuePair<string, string>> _entries = new();
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    // IRI → its prefixed name and that name's prefix (both null when none is valid); keeping the prefix spares
    // cutting it out of the name again on every use of a repeated IRI.
    private readonly Dictionary<string, (string? Name, string? Prefix)> _cache = new(StringComparer.Ordinal);

    public PrefixTable(IEnumerable<KeyValuePair<string, string>>? prefixes)
    {
        if (prefixes is null) return;
        foreach (var (prefix, ns) in prefixes)
        {
            if (!TurtleSyntax.IsValidPrefix(prefix) || ns.Length == 0) continue;
            int existing = _entries.FindIndex(e => e.Key == prefix);
            if (existing >= 0) _entries[existing] = new(prefix, ns);
            else _entries.Add(new(prefix, ns));
        }
    }

    /// <summary>The declared prefixes in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>Prefixes used so far, in declaration order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Used => _entries.Where(e => _used.Contains(e.Key));

    /// <summary>The prefixed name for <paramref name="iri"/>, or null when none is valid.</summary>
    public string? TryCompact(string iri)
    {
        if (_cache.TryGetValue(iri, out var cached))
        {
            if (cached.Prefix is not null) _used.Add(cached.Prefix);
            return cached.Name;
        }
        string? best = null;
        int bestLength = -1;
        var sb = new StringBuilder();
        foreach (var (prefix, ns) in _entries)
        {
            if (ns.Length <= bestLength || !iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            sb.Clear();
            sb.Append(prefix).Append(':');
            if (!TurtleSyntax.TryAppendLocalName(sb, iri.Substring(ns.Length))) continue;
            best = sb.ToString();
            bestLength = ns.Length;
        }
        var bestPrefix = best?.Substring(0, best.IndexOf(':'));
        _cache[iri] = (best, bestPrefix);
        if (bestPrefix is not null) _used.Add(bestPrefix);
        return best;
    }
}
