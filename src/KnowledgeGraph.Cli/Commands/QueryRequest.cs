namespace KnowledgeGraph.Cli.Commands;

/// <summary>The options of one kg query invocation.</summary>
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
    bool UnionDefaultGraph = false);
