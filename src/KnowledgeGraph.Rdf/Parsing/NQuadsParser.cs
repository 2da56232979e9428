namespace KnowledgeGraph.Rdf;

/// <summary>A streaming NQuads reader (RDF 1.1); see <see cref="TurtleFamilyReader"/> for the engine.</summary>
public sealed class NQuadsParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.NQuads;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => TurtleFamilyReader.Read(input, options, TurtleFamilySyntax.NQuads, cancellationToken);
}
