namespace KnowledgeGraph.Rdf;

/// <summary>
/// A streaming parser for one concrete syntax (dotNetRDF's IRdfReader / IStoreReader in one).
/// Quads are produced as the input is read: a file never has to be held as text.
/// Syntax errors throw <see cref="RdfSyntaxException"/> with source, line and column.
/// </summary>
public interface IRdfReader
{
    RdfFormat Format { get; }

    IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default);
}

/// <param name="SourceName">Named in error messages (a file path, or "&lt;stdin&gt;").</param>
/// <param name="BaseIri">The base IRI for relative references; null when the document has none.</param>
/// <param name="BlankNodePrefix">Prepended to every blank node label, so that blank nodes of
/// different documents loaded into one store never merge. Empty keeps labels as written.</param>
/// <param name="Namespaces">When set, receives every prefix the document declares.</param>
/// <param name="OnWarning">Receives problems that are legal syntax but likely mistakes (an ill-typed
/// literal such as "abc"^^xsd:integer), with their position.</param>
/// <param name="Strict">When true, what would be a warning is an <see cref="RdfSyntaxException"/> instead.</param>
public sealed record RdfReaderOptions(
    string SourceName = "<input>",
    string? BaseIri = null,
    string BlankNodePrefix = "",
    NamespaceMap? Namespaces = null,
    Action<RdfSyntaxWarning>? OnWarning = null,
    bool Strict = false);

/// <summary>A problem in input that is still legal RDF.</summary>
public sealed record RdfSyntaxWarning(string Detail, string SourceName, long Line, long Column)
{
    public override string ToString() => $"{SourceName}:{Line}:{Column}: warning: {Detail}";
}
