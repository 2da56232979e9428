namespace KnowledgeGraph.Rdf;

public sealed record BlankNode : IBlankNode
{
    private readonly string _id = "";
    // computed on first use, as UriNode's (0: not yet)
    private int _hash;

    public BlankNode(string id) => Id = id;

    public string Id
    {
        get => _id;
        init
        {
            _id = value ?? throw new ArgumentNullException(nameof(Id));
            _hash = 0;
        }
    }

    public NodeType NodeType => NodeType.Blank;

    public void Deconstruct(out string id) => id = Id;

    public bool Equals(BlankNode? other) =>
        ReferenceEquals(this, other) || (other is not null && (other._hash == 0 || _hash == 0 || other._hash == _hash)
            && string.Equals(other._id, _id, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash != 0) return hash;
        hash = StringComparer.Ordinal.GetHashCode(_id) ^ 0x5bd1e995;
        return _hash = hash == 0 ? 1 : hash;
    }

    public string ToNTriples() => "_:" + Id;

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
