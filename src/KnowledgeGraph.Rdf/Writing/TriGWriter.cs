namespace KnowledgeGraph.Rdf;

public sealed class TriGWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.TriG;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("TriGWriter is not written yet");
}
