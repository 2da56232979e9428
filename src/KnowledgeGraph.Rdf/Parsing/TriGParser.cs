namespace KnowledgeGraph.Rdf;

public sealed class TriGParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.TriG;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("TriGParser is not written yet");
}
