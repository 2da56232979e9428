namespace KnowledgeGraph.Rdf;

public sealed class NQuadsWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.NQuads;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("NQuadsWriter is not written yet");
}
