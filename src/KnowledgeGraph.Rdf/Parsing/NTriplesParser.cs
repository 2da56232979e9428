namespace KnowledgeGraph.Rdf;

public sealed class NTriplesParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.NTriples;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("NTriplesParser is not written yet");
}
