namespace KnowledgeGraph.Rdf;

public sealed class JsonLdParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.JsonLd;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("JsonLdParser is not written yet");
}
