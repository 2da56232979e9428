namespace KnowledgeGraph.Rdf;

public sealed record UriNode : IUriNode
{
    private readonly string _iri = "";
    // Terms are hashed on every dictionary lookup (loading, joins): caching the string hash pays for itself.
    private readonly int _hash;

    public UriNode(string iri) => Iri = iri;

    public string Iri
    {
        get => _iri;
        init
        {
            _iri = value ?? throw new ArgumentNullException(nameof(Iri));
            _hash = StringComparer.Ordinal.GetHashCode(value);
        }
    }

    public NodeType NodeType => NodeType.Uri;

    public void Deconstruct(out string iri) => iri = Iri;

    public bool Equals(UriNode? other) =>
        ReferenceEquals(this, other) || (other is not null && other._hash == _hash && string.Equals(other._iri, _iri, StringComparison.Ordinal));

    public override int GetHashCode() => _hash;

    public string ToNTriples() => NTriplesFormatter.FormatIri(Iri);

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
