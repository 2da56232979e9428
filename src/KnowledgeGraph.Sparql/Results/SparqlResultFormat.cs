namespace KnowledgeGraph.Sparql;

/// <summary>The result serialisations this project reads and writes.</summary>
public enum SparqlResultFormat
{
    /// <summary>SPARQL 1.1 Query Results JSON (application/sparql-results+json, .srj).</summary>
    Json,
    /// <summary>SPARQL Query Results XML (application/sparql-results+xml, .srx).</summary>
    Xml,
    /// <summary>SPARQL 1.1 Query Results CSV (text/csv): lossy, values only.</summary>
    Csv,
    /// <summary>SPARQL 1.1 Query Results TSV (text/tab-separated-values): terms in Turtle syntax.</summary>
    Tsv,
    /// <summary>A plain-text table for terminals (write only).</summary>
    Table,
}

/// <summary>Writes a SELECT or ASK result. Writers stream: each solution is written as it is enumerated.</summary>
public interface ISparqlResultWriter
{
    SparqlResultFormat Format { get; }

    /// <exception cref="SparqlException">The result is a graph (CONSTRUCT/DESCRIBE): use an RDF writer.</exception>
    void Write(TextWriter output, SparqlResult result, CancellationToken cancellationToken = default);
}

/// <summary>Reads a SELECT or ASK result document (used by the W3C evaluation runner and clients).</summary>
public interface ISparqlResultReader
{
    SparqlResultFormat Format { get; }

    /// <summary>Reads the whole document; the returned result's solutions are materialised.</summary>
    /// <param name="sourceName">Named in error messages.</param>
    SparqlResult Read(TextReader input, string sourceName = "<input>", CancellationToken cancellationToken = default);
}

/// <summary>Registry: file extensions and media types to formats, and formats to readers and writers.</summary>
public static class SparqlResultFormats
{
    public static SparqlResultFormat? FromExtension(string pathOrExtension)
    {
        var ext = Path.GetExtension(pathOrExtension);
        if (string.IsNullOrEmpty(ext)) ext = pathOrExtension.StartsWith('.') ? pathOrExtension : "." + pathOrExtension;
        return ext.ToLowerInvariant() switch
        {
            ".srj" or ".json" => SparqlResultFormat.Json,
            ".srx" or ".xml" => SparqlResultFormat.Xml,
            ".csv" => SparqlResultFormat.Csv,
            ".tsv" => SparqlResultFormat.Tsv,
            ".txt" => SparqlResultFormat.Table,
            _ => null,
        };
    }

    public static SparqlResultFormat? FromName(string name) => name.ToLowerInvariant() switch
    {
        "json" or "srj" => SparqlResultFormat.Json,
        "xml" or "srx" => SparqlResultFormat.Xml,
        "csv" => SparqlResultFormat.Csv,
        "tsv" => SparqlResultFormat.Tsv,
        "table" or "text" or "txt" => SparqlResultFormat.Table,
        _ => null,
    };

    public static SparqlResultFormat? FromMediaType(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/sparql-results+json" or "application/json" => SparqlResultFormat.Json,
        "application/sparql-results+xml" or "application/xml" or "text/xml" => SparqlResultFormat.Xml,
        "text/csv" => SparqlResultFormat.Csv,
        "text/tab-separated-values" => SparqlResultFormat.Tsv,
        "text/plain" => SparqlResultFormat.Table,
        _ => null,
    };

    public static string MediaType(SparqlResultFormat format) => format switch
    {
        SparqlResultFormat.Json => "application/sparql-results+json",
        SparqlResultFormat.Xml => "application/sparql-results+xml",
        SparqlResultFormat.Csv => "text/csv; charset=utf-8",
        SparqlResultFormat.Tsv => "text/tab-separated-values; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    public static ISparqlResultWriter CreateWriter(SparqlResultFormat format) => format switch
    {
        SparqlResultFormat.Json => new SparqlJsonResultWriter(),
        SparqlResultFormat.Xml => new SparqlXmlResultWriter(),
        SparqlResultFormat.Csv => new SparqlCsvResultWriter(),
        SparqlResultFormat.Tsv => new SparqlTsvResultWriter(),
        _ => new SparqlTextTableWriter(),
    };

    public static ISparqlResultReader CreateReader(SparqlResultFormat format) => format switch
    {
        SparqlResultFormat.Json => new SparqlJsonResultReader(),
        SparqlResultFormat.Xml => new SparqlXmlResultReader(),
        SparqlResultFormat.Csv => new SparqlCsvResultReader(),
        SparqlResultFormat.Tsv => new SparqlTsvResultReader(),
        _ => throw new NotSupportedException("the text table format is write-only"),
    };

    /// <summary>Reads a result file, choosing the reader by extension.</summary>
    public static SparqlResult ReadFile(string path, CancellationToken cancellationToken = default)
    {
        var format = FromExtension(path) ?? throw new SparqlException($"{path}: unknown result format extension");
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true));
        return CreateReader(format).Read(reader, path, cancellationToken);
    }

    internal static void RequireTabular(SparqlResult result)
    {
        if (result.Kind == SparqlResultKind.Graph)
            throw new SparqlException("a CONSTRUCT or DESCRIBE result is a graph: write it with an RDF format (Turtle, N-Triples, ...)");
    }
}
