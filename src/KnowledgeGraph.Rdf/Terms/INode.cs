namespace KnowledgeGraph.Rdf;

/// <summary>The three kinds of RDF 1.1 term.</summary>
public enum NodeType
{
    Uri = 0,
    Blank = 1,
    Literal = 2,
}

/// <summary>
/// An RDF term. Named after dotNetRDF's INode so that users coming from it feel at home.
/// Implementations are immutable records with value equality; ordering is the one
/// <see cref="NodeComparer"/> defines, which every writer uses for byte-stable output.
/// </summary>
public interface INode : IComparable<INode>
{
    NodeType NodeType { get; }

    /// <summary>The term in N-Triples syntax (canonical escaping).</summary>
    string ToNTriples();
}

public interface IUriNode : INode
{
    /// <summary>The absolute IRI, as a string: System.Uri normalises and so is unfit for RDF identity.</summary>
    string Iri { get; }
}

public interface IBlankNode : INode
{
    /// <summary>The label, without the leading <c>_:</c>. Scoped to one store or one document.</summary>
    string Id { get; }
}

public interface ILiteralNode : INode
{
    /// <summary>The lexical form.</summary>
    string Value { get; }

    /// <summary>The datatype IRI: xsd:string for simple literals, rdf:langString for language-tagged ones.</summary>
    string Datatype { get; }

    /// <summary>The language tag as written, or the empty string.</summary>
    string Language { get; }
}
