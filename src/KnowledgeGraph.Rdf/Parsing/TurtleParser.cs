namespace KnowledgeGraph.Rdf;

/// <summary>A streaming Turtle reader (RDF 1.1); see <see cref="TurtleFamilyReader"/> for the engine.</summary>
public sealed class TurtleParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.Turtle;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => TurtleFamilyReader.Read(input, options, TurtleFamilySyntax.Turtle, cancellationToken);
}
