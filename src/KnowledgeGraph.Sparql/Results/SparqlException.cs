namespace KnowledgeGraph.Sparql;

/// <summary>A query or update that could not be parsed (with line and column) or evaluated.</summary>
public class SparqlException : Exception
{
    public SparqlException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>Parse error: where, and what was expected.</summary>
public sealed class SparqlSyntaxException : SparqlException
{
    public SparqlSyntaxException(string detail, int line, int column)
        : base($"line {line}, column {column}: {detail}")
    {
        Detail = detail;
        Line = line;
        Column = column;
    }

    public string Detail { get; }
    public int Line { get; }
    public int Column { get; }
}

/// <summary>Which limit stopped a query.</summary>
public enum QueryLimitKind
{
    Timeout,
    ResultLimit,
    /// <summary>The query held more intermediate rows (hash tables, groups, sorts, DISTINCT sets) than its budget allows.</summary>
    MemoryBudget,
}

/// <summary>A query stopped cleanly because it ran past its timeout or its result limit.</summary>
public sealed class QueryLimitExceededException : SparqlException
{
    public QueryLimitExceededException(QueryLimitKind kind, string message) : base(message) => Kind = kind;

    public QueryLimitKind Kind { get; }
}
