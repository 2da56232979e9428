namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Basic graph pattern: the join of its triple patterns, matched against the active graph.
/// An empty BGP yields one empty solution. Blank nodes of the query appear as "_:" variables.
/// </summary>
public sealed record Bgp(ValueList<TriplePattern> Patterns) : AlgebraNode
{
    public static Bgp Empty { get; } = new(ValueList<TriplePattern>.Empty);
}
