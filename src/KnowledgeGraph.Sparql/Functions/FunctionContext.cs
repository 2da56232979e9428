using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// Per-query state the functions need: NOW (one instant per query, as §17.4.5.1 requires), the base IRI,
/// a random source, the regex cache, and the per-solution scope that makes BNODE("x") the same node within one solution.
/// </summary>
public sealed class FunctionContext
{
    private readonly Dictionary<(string Pattern, string Flags), Regex?> _regexCache = new();
    private Dictionary<string, BlankNode> _bnodeScope = new(StringComparer.Ordinal);
    private long _bnodeCounter;

    public FunctionContext(DateTimeOffset now, string? baseIri = null, Random? random = null)
    {
        Now = now;
        BaseIri = baseIri;
        Random = random ?? new Random();
        BlankNodePrefix = "b" + Random.Next(0x10000, 0xFFFFF).ToString("x");
    }

    public DateTimeOffset Now { get; }

    public string? BaseIri { get; }

    public Random Random { get; }

    /// <summary>Prefix of generated blank node labels, so they do not clash with the store's.</summary>
    public string BlankNodePrefix { get; }

    /// <summary>Starts a new solution: BNODE(label) gives new nodes from now on.</summary>
    public void BeginSolution()
    {
        if (_bnodeScope.Count > 0) _bnodeScope = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
    }

    public BlankNode NewBlankNode() => new(BlankNodePrefix + "_" + (++_bnodeCounter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public BlankNode BlankNodeForLabel(string label)
    {
        if (!_bnodeScope.TryGetValue(label, out var b)) _bnodeScope[label] = b = NewBlankNode();
        return b;
    }

    /// <summary>Compiled regex for a pattern and XPath flags, cached per query; null when the pattern or flags are invalid.</summary>
    public Regex? GetRegex(string pattern, string flags)
    {
        if (_regexCache.TryGetValue((pattern, flags), out var r)) return r;
        r = XPathRegex.Create(pattern, flags);
        _regexCache[(pattern, flags)] = r;
        return r;
    }
}
