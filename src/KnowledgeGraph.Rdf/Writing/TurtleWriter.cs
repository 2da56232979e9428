namespace KnowledgeGraph.Rdf;

/// <summary>
/// RDF 1.1 Turtle. Buffers the graph to sort it (byte-stable output) and declares only the prefixes
/// it uses. A statement in a named graph is an error: Turtle cannot carry it, and silently dropping
/// data would be worse (use TriG or N-Quads).
/// </summary>
public sealed class TurtleWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.Turtle;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
    {
        var shape = DatasetShape.Build(RejectNamedGraphs(quads, "Turtle"), cancellationToken);
        var prefixes = new PrefixTable(options.Prefixes);
        var body = new TurtleBodyWriter(shape, prefixes, options.BaseIri, cancellationToken);
        foreach (var graph in shape.Graphs) body.WriteGraph(graph, "");
        output.Write(TurtleBodyWriter.Header(prefixes, options.BaseIri));
        output.Write(body.Output);
        output.Flush();
    }

    internal static IEnumerable<Quad> RejectNamedGraphs(IEnumerable<Quad> quads, string formatName)
    {
        foreach (var q in quads)
        {
            if (q.Graph is not null)
                throw new RdfWriterException(
                    $"{formatName} holds one graph only, but a statement is in the named graph {q.Graph.ToNTriples()}; " +
                    "write TriG, N-Quads or JSON-LD to keep named graphs");
            yield return q;
        }
    }
}
