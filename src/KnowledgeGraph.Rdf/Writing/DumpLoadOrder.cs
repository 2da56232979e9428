namespace KnowledgeGraph.Rdf;

/// <summary>
/// The order in which a parser reads back the statements our writers wrote, so that a binary store can be made
/// straight from the statements (no re-parse) and still equal the store a load of the dump builds. Streamed: the
/// statements are read once and never all held (Turtle and TriG order them through the writers' own bounded sort).
/// </summary>
internal static class DumpLoadOrder
{
    /// <summary>Met a blank node: the Turtle writer nests them, and the parser then names and orders them itself.</summary>
    public sealed class UnpredictableException() : Exception("a blank node: the load order of the dump is the parser's to choose");

    /// <summary>Whether the load order of a dump of this format can be predicted at all (not JSON-LD).</summary>
    public static bool Supports(RdfFormat format) => format is RdfFormat.NTriples or RdfFormat.NQuads or RdfFormat.Turtle or RdfFormat.TriG;

    /// <summary>Whether <see cref="Order"/> gives each statement once for this format (the grouping writers' order
    /// does; the line writers' keeps the input's duplicates).</summary>
    public static bool IsDistinct(RdfFormat format) => format is RdfFormat.Turtle or RdfFormat.TriG;

    /// <summary>
    /// The statements in file order, each once; enumerating throws <see cref="UnpredictableException"/> at the first
    /// blank node.
    /// </summary>
    public static IEnumerable<Quad> Order(RdfFormat format, IEnumerable<Quad> quads) => format switch
    {
        // the line writers stream in input order (duplicates and all: the store ignores them, and so does the encoder)
        RdfFormat.NTriples or RdfFormat.NQuads => NoBlankNodes(quads),
        // a presorted input stays one, so that the grouping reads it where it is
        RdfFormat.Turtle or RdfFormat.TriG => GroupedOrder(quads is PresortedQuads p ? p.Checked(NoBlankNodes) : NoBlankNodes(quads)),
        _ => throw new ArgumentException($"no predictable load order for {format}"),
    };

    private static IEnumerable<Quad> NoBlankNodes(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            if (q.Subject is IBlankNode || q.Object is IBlankNode || q.Graph is IBlankNode) throw new UnpredictableException();
            yield return q;
        }
    }

    /// <summary>The Turtle and TriG writers' order without blank nodes: graphs, subjects, then rdf:type first (<see cref="TurtleBodyWriter"/>),
    /// from the same grouping the writers use.</summary>
    private static IEnumerable<Quad> GroupedOrder(IEnumerable<Quad> quads)
    {
        using var sorted = SortedQuads.From(quads, RdfWriterOptions.DefaultSortBudgetBytes, CancellationToken.None);
        foreach (var (graph, group) in sorted.Groups())
        {
            foreach (var t in group.Triples)
                if (TurtleBodyWriter.IsType(t)) yield return t.InGraph(graph);
            foreach (var t in group.Triples)
                if (!TurtleBodyWriter.IsType(t)) yield return t.InGraph(graph);
        }
    }
}
