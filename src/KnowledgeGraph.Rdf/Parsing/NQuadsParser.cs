namespace KnowledgeGraph.Rdf;

public sealed class NQuadsParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.NQuads;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("NQuadsParser is not written yet");
}
