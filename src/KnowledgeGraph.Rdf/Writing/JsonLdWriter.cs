namespace KnowledgeGraph.Rdf;

public sealed class JsonLdWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.JsonLd;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("JsonLdWriter is not written yet");
}
