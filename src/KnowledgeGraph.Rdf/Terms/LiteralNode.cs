namespace KnowledgeGraph.Rdf;

/// <summary>
/// An RDF 1.1 literal. Every literal has a datatype: simple literals are xsd:string and
/// language-tagged ones rdf:langString, so there is one representation per RDF 1.1 term.
/// </summary>
public sealed record LiteralNode : ILiteralNode
{
    // Terms are hashed on every dictionary lookup (loading, joins): the hash is computed once, on first use, since most
    // literals a build reads back from its sort runs are written out and never hashed (0: not computed yet; a computed
    // hash of 0 is stored as 1). Racing threads compute the same value.
    private int _hash;

    public LiteralNode(string value, string? datatype = null, string? language = null)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Language = language ?? string.Empty;
        Datatype = Language.Length > 0 ? Vocabulary.RdfLangString : (datatype ?? Vocabulary.XsdString);
    }

    // Get-only: a `with` expression cannot change a component and leave the cached hash stale.
    public string Value { get; }

    public string Datatype { get; }

    public string Language { get; }

    public bool Equals(LiteralNode? other) =>
        ReferenceEquals(this, other) || (other is not null && (other._hash == 0 || _hash == 0 || other._hash == _hash)
            && string.Equals(other.Value, Value, StringComparison.Ordinal)
            && string.Equals(other.Datatype, Datatype, StringComparison.Ordinal)
            && string.Equals(other.Language, Language, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        int hash = _hash;
        if (hash != 0) return hash;
        hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(Value), StringComparer.Ordinal.GetHashCode(Datatype),
            StringComparer.Ordinal.GetHashCode(Language));
        return _hash = hash == 0 ? 1 : hash;
    }

    public NodeType NodeType => NodeType.Literal;

    public bool IsSimple => Language.Length == 0 && Datatype == Vocabulary.XsdString;

    public static LiteralNode Plain(string value) => new(value);

    public static LiteralNode LangTagged(string value, string language) => new(value, null, language);

    public static LiteralNode Typed(string value, string datatype) => new(value, datatype);

    public string ToNTriples() => NTriplesFormatter.FormatLiteral(Value, Datatype, Language);

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
