namespace KnowledgeGraph.Rdf;

public sealed class TurtleParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.Turtle;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("TurtleParser is not written yet");
}
