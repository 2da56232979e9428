namespace KnowledgeGraph.Rdf;

public sealed record BlankNode(string Id) : IBlankNode
{
    public NodeType NodeType => NodeType.Blank;

    public string ToNTriples() => "_:" + Id;

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
