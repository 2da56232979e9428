namespace KnowledgeGraph.Rdf;

/// <summary>Canonical RDF 1.1 N-Quads, streamed in input order, one statement per line.</summary>
public sealed class NQuadsWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.NQuads;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => LineWriter.Write(output, quads, withGraph: true, cancellationToken);
}
