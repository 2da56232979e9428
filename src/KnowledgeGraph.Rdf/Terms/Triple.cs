namespace KnowledgeGraph.Rdf;

public readonly record struct Triple(INode Subject, INode Predicate, INode Object)
{
    public Quad InGraph(INode? graph) => new(Subject, Predicate, Object, graph);

    public override string ToString() => $"{Subject.ToNTriples()} {Predicate.ToNTriples()} {Object.ToNTriples()} .";
}
