namespace KnowledgeGraph.Rdf;

/// <summary>
/// The order in which a parser reads back the statements our writers wrote, so that a binary store can be made
/// straight from the statements (no re-parse) and still equal the store a load of the dump builds.
/// </summary>
internal static class DumpLoadOrder
{
    /// <summary>
    /// The statements in file order, or null when that order is not ours to predict: JSON-LD, or any blank node
    /// (the Turtle writer nests them, and the parser then names and orders them itself).
    /// </summary>
    public static IEnumerable<Quad>? TryOrder(RdfFormat format, IEnumerable<Quad> quads)
    {
        var list = quads as IReadOnlyList<Quad> ?? quads.ToList();
        foreach (var q in list)
            if (q.Subject is IBlankNode || q.Object is IBlankNode || q.Graph is IBlankNode) return null;
        return format switch
        {
            // the line writers stream in input order
            RdfFormat.NTriples or RdfFormat.NQuads => list,
            RdfFormat.Turtle or RdfFormat.TriG => GroupedOrder(list),
            _ => null,
        };
    }

    /// <summary>The Turtle and TriG writers' order without blank nodes: graphs, subjects, then rdf:type first (<see cref="TurtleBodyWriter"/>),
    /// from the same grouping the writers use.</summary>
    private static IEnumerable<Quad> GroupedOrder(IReadOnlyList<Quad> quads)
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
