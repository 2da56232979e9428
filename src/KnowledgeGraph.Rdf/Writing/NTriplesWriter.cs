namespace KnowledgeGraph.Rdf;

public sealed class NTriplesWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.NTriples;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("NTriplesWriter is not written yet");
}
