using System.Runtime.CompilerServices;
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
    // by entry: whether the prefix was used (the entries are fixed once constructed)
    private bool[] _used = [];
    // the prefixes used since the last TakeBlockMask, one bit per entry (the first 64 entries): what one subject block
    // of a dump needs declared, kept beside the block so that a later dump copying it declares them too
    private ulong _blockMask;
    // IRI → its prefixed name and the number of that name's entry (null and -1 when none is valid); keeping the entry
    // spares cutting the prefix out of the name again on every use of a repeated IRI.
    private readonly Dictionary<string, (string? Name, int Entry)> _cache = new(StringComparer.Ordinal);
    // The IRIs met last, by the identity of their string: a writer meets the same string objects again and again (the
    // predicates, classes and subjects of its input share their terms), and a hit spares hashing the whole IRI.
    private readonly (string? Iri, string? Name, int Entry)[] _recent = new (string?, string?, int)[1024];
    private readonly StringBuilder _scratch = new();

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
        _used = new bool[_entries.Count];
    }

    /// <summary>The declared prefixes in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>Prefixes used so far, in declaration order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Used => _entries.Where((_, i) => _used[i]);

    /// <summary>The prefixed name for <paramref name="iri"/>, or null when none is valid.</summary>
    public string? TryCompact(string iri)
    {
        ref var recent = ref _recent[RuntimeHelpers.GetHashCode(iri) & (_recent.Length - 1)];
        if (!ReferenceEquals(recent.Iri, iri))
        {
            if (!_cache.TryGetValue(iri, out var cached)) _cache[iri] = cached = Compact(iri);
            recent = (iri, cached.Name, cached.Entry);
        }
        if (recent.Entry >= 0)
        {
            _used[recent.Entry] = true;
            if (recent.Entry < 64) _blockMask |= 1UL << recent.Entry;
        }
        return recent.Name;
    }

    /// <summary>Whether every entry has a bit in a block mask (<see cref="TakeBlockMask"/>).</summary>
    internal bool MasksBlocks => _entries.Count <= 64;

    /// <summary>The prefixes used since the previous call, one bit per entry, and starts the next block.</summary>
    internal ulong TakeBlockMask()
    {
        var mask = _blockMask;
        _blockMask = 0;
        return mask;
    }

    /// <summary>Marks as used the prefixes of a block written by an earlier writer with the same entries (its mask).</summary>
    internal void MarkUsed(ulong mask)
    {
        for (int i = 0; i < _used.Length && i < 64; i++)
            if ((mask & (1UL << i)) != 0) _used[i] = true;
    }

    private (string? Name, int Entry) Compact(string iri)
    {
        string? best = null;
        int bestLength = -1, bestEntry = -1;
        // one builder for the table's life: this runs once per distinct IRI of a graph (a few hundred thousand)
        var sb = _scratch;
        for (int i = 0; i < _entries.Count; i++)
        {
            var (prefix, ns) = _entries[i];
            if (ns.Length <= bestLength || !iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            sb.Clear();
            sb.Append(prefix).Append(':');
            if (!TurtleSyntax.TryAppendLocalName(sb, iri.AsSpan(ns.Length))) continue;
            best = sb.ToString();
            bestLength = ns.Length;
            bestEntry = i;
        }
        return (best, bestEntry);
    }
}
