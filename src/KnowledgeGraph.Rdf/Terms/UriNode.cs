namespace KnowledgeGraph.Rdf;

public sealed record UriNode(string Iri) : IUriNode
{
    public NodeType NodeType => NodeType.Uri;

    public string ToNTriples() => NTriplesFormatter.FormatIri(Iri);

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
