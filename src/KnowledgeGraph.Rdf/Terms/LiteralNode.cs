namespace KnowledgeGraph.Rdf;

/// <summary>
/// An RDF 1.1 literal. Every literal has a datatype: simple literals are xsd:string and
/// language-tagged ones rdf:langString, so there is one representation per RDF 1.1 term.
/// </summary>
public sealed record LiteralNode : ILiteralNode
{
    public LiteralNode(string value, string? datatype = null, string? language = null)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Language = language ?? string.Empty;
        Datatype = Language.Length > 0 ? Vocabulary.RdfLangString : (datatype ?? Vocabulary.XsdString);
    }

    public string Value { get; }

    public string Datatype { get; }

    public string Language { get; }

    public NodeType NodeType => NodeType.Literal;

    public bool IsSimple => Language.Length == 0 && Datatype == Vocabulary.XsdString;

    public static LiteralNode Plain(string value) => new(value);

    public static LiteralNode LangTagged(string value, string language) => new(value, null, language);

    public static LiteralNode Typed(string value, string datatype) => new(value, datatype);

    public string ToNTriples() => NTriplesFormatter.FormatLiteral(Value, Datatype, Language);

    public int CompareTo(INode? other) => NodeComparer.Instance.Compare(this, other);

    public override string ToString() => ToNTriples();
}
