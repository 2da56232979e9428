namespace KnowledgeGraph.Cli.Commands;

/// <summary>The options of one kg query invocation (<paramref name="Endpoint"/>: a remote SPARQL endpoint instead of --data).</summary>
public sealed record QueryRequest(
    IReadOnlyList<string> Data,
    string? Query,
    string? Name,
    IReadOnlyList<string> Parameters,
    bool List,
    string? Library,
    string Format = "table",
    string Timeout = "30s",
    long? Limit = null,
    bool UnionDefaultGraph = false,
    long RowBudget = QueryRequest.DefaultRowBudget,
    string? Endpoint = null)
{
    /// <summary>The per-query memory budget of kg query, the same default as kg serve's --row-budget.</summary>
    public const long DefaultRowBudget = 1_000_000;
}
