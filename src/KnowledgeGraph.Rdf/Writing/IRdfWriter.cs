namespace KnowledgeGraph.Rdf;

/// <summary>
/// A writer for one concrete syntax. Output is deterministic: the same set of quads always gives
/// the same bytes (writers sort with <see cref="NodeComparer"/> where the format groups statements).
/// Triple-only formats (Turtle, N-Triples) write the default graph and reject named graphs.
/// </summary>
public interface IRdfWriter
{
    RdfFormat Format { get; }

    void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default);
}

/// <param name="Prefixes">Prefixes the writer may use (Turtle, TriG, JSON-LD context).</param>
/// <param name="BaseIri">Written as @base and used to relativise IRIs, when set.</param>
/// <param name="JsonLdCompact">JSON-LD: compact with a context built from <paramref name="Prefixes"/>; otherwise expanded.</param>
/// <param name="SortBudgetBytes">Turtle and TriG: about how much memory the statements held for sorting may take; past it
/// they are sorted in runs spilled to temporary files and merged (the output is the same).</param>
/// <param name="BlankNodeBudgetBytes">Turtle and TriG: about how much memory the statements that touch blank nodes may
/// take while the writer decides which blank nodes to nest as <c>[ … ]</c> and lists as <c>( … )</c> (it must see them
/// all first). Within it the output is nested as always; past it every blank node is written with its label
/// (<c>_:b1</c>) and its statements stream and spill like the others, so memory stays bounded.</param>
public sealed record RdfWriterOptions(
    IReadOnlyList<KeyValuePair<string, string>>? Prefixes = null,
    string? BaseIri = null,
    bool JsonLdCompact = true,
    long SortBudgetBytes = RdfWriterOptions.DefaultSortBudgetBytes,
    long BlankNodeBudgetBytes = RdfWriterOptions.DefaultBlankNodeBudgetBytes)
{
    public const long DefaultSortBudgetBytes = 256L << 20;

    public const long DefaultBlankNodeBudgetBytes = 64L << 20;
}
