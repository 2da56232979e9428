namespace KnowledgeGraph.Rdf;

/// <summary>A streaming NTriples reader (RDF 1.1); see <see cref="TurtleFamilyReader"/> for the engine.</summary>
public sealed class NTriplesParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.NTriples;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => TurtleFamilyReader.Read(input, options, TurtleFamilySyntax.NTriples, cancellationToken);
}
