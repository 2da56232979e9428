namespace KnowledgeGraph.Rdf;

/// <summary>A streaming TriG reader (RDF 1.1); see <see cref="TurtleFamilyReader"/> for the engine.</summary>
public sealed class TriGParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.TriG;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => TurtleFamilyReader.Read(input, options, TurtleFamilySyntax.TriG, cancellationToken);
}
