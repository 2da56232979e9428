namespace KnowledgeGraph.Rdf;

/// <summary>
/// Statements in <see cref="NodeComparer"/> order without duplicates, within bounded memory (the sort of the grouping
/// writers: runs spilled to disk past the budget and merged): for writers that stream in input order (N-Triples,
/// N-Quads) when the output must still be the canonical, sorted one, as a dump read from elsewhere must equal the
/// embedded store's.
/// </summary>
public static class SortedQuadStream
{
    /// <summary>The input sorted and de-duplicated; the temporary runs are deleted when the enumeration ends.</summary>
    public static IEnumerable<Quad> Sort(IEnumerable<Quad> input, long budgetBytes = RdfWriterOptions.DefaultSortBudgetBytes,
        CancellationToken cancellationToken = default)
    {
        // No blank-node bookkeeping is needed here: a budget of zero turns it off at the first blank node.
        using var sorted = SortedQuads.From(input, budgetBytes, cancellationToken, blankNodeBudget: 0);
        foreach (var (graph, group) in sorted.Groups())
            foreach (var t in group.Triples)
                yield return t.InGraph(graph);
    }
}
