namespace KnowledgeGraph.Rdf;

/// <summary>A triple in a graph; <see cref="Graph"/> is null for the default graph.</summary>
public readonly record struct Quad(INode Subject, INode Predicate, INode Object, INode? Graph = null)
{
    public Triple Triple => new(Subject, Predicate, Object);

    public bool InDefaultGraph => Graph is null;

    public override string ToString() => Graph is null
        ? $"{Subject.ToNTriples()} {Predicate.ToNTriples()} {Object.ToNTriples()} ."
        : $"{Subject.ToNTriples()} {Predicate.ToNTriples()} {Object.ToNTriples()} {Graph.ToNTriples()} .";
}
