namespace KnowledgeGraph.Rdf;

/// <summary>Malformed RDF input: where (source, 1-based line and column) and what was expected.</summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(string detail, string source, long line, long column, Exception? inner = null)
        : base($"{source}:{line}:{column}: {detail}", inner)
    {
        Detail = detail;
        SourceName = source;
        Line = line;
        Column = column;
    }

    public string Detail { get; }

    /// <summary>The file or stream name (Exception already has a Source property).</summary>
    public string SourceName { get; }

    public long Line { get; }

    public long Column { get; }
}
