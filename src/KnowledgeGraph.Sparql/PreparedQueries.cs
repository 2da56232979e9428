using System.Collections.Concurrent;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// Parsed, validated and optimised queries by their text and base IRI, so that a server answering the same query text
/// again (a dashboard, a library query) skips the parser and the algebra rewrites. Both depend on the text alone, never
/// on the data, and the algebra is immutable (an evaluator keeps its per-query state beside it, keyed by node), so
/// one entry serves any number of queries, concurrently too. Bounded: past <see cref="MaxEntries"/> the cache starts
/// afresh, and texts longer than <see cref="MaxTextLength"/> are not kept.
/// </summary>
public sealed class PreparedQueries
{
    public const int MaxEntries = 256;

    public const int MaxTextLength = 16 * 1024;

    private ConcurrentDictionary<(string Text, string? BaseIri), Query> _entries = new();

    public int Count => _entries.Count;

    /// <summary>The prepared query for the text, made by <paramref name="prepare"/> when not cached (errors are not cached).</summary>
    public Query Get(string text, string? baseIri, Func<string, string?, Query> prepare)
    {
        if (text.Length > MaxTextLength) return prepare(text, baseIri);
        var entries = _entries;
        if (entries.TryGetValue((text, baseIri), out var query)) return query;
        query = prepare(text, baseIri);
        if (entries.Count >= MaxEntries) _entries = entries = new ConcurrentDictionary<(string, string?), Query>();
        entries[(text, baseIri)] = query;
        return query;
    }
}
