namespace KnowledgeGraph.Rdf;

public sealed record UriNode : IUriNode
{
    private readonly string _iri = "";
    // Terms are hashed on every dictionary lookup (loading, joins): caching the string hash pays for itself. Computed
    // on first use (0: not yet; a computed 0 is stored as 1), since the many nodes a build reads back from its sort
    // runs are mostly only written out. Racing threads compute the same value.
    private int _hash;

    public UriNode(string iri) => Iri = iri;

    public string Iri
    {
        get => _iri;
        init
        {
            _iri = value ?? throw new ArgumentNullException(nameof(Iri));
            _hash = 0;
        }
    }

    public NodeType NodeType => NodeType.Uri;

    public void Deconstruct(out string iri) => iri = Iri;

    public bool Equals(UriNode? other) =>
        ReferenceEquals(this, other) || (other is not null && (other._hash == 0 || _hash == 0 || other._hash == _hash)
            && string.Equals(other._iri, _iri, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash != 0) return hash;
        hash = StringComparer.Ordinal.GetHashCode(_iri);
        return _hash = hash == 0 ? 1 : hash;
    }

    public string ToNTriples() => NTriplesFormatter.FormatIri(Iri);

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
