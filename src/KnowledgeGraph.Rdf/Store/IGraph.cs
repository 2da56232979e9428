namespace KnowledgeGraph.Rdf;

/// <summary>One graph of a store (dotNetRDF's IGraph): a view, not a copy.</summary>
public interface IGraph : IEnumerable<Triple>
{
    /// <summary>The graph's name, null for the default graph.</summary>
    INode? Name { get; }

    long Count { get; }

    bool Assert(Triple triple);

    bool Retract(Triple triple);

    bool Contains(Triple triple);

    IEnumerable<Triple> GetTriples(INode? subject, INode? predicate, INode? @object);
}
