namespace KnowledgeGraph.Rdf;

public sealed class TurtleWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.Turtle;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("TurtleWriter is not written yet");
}
