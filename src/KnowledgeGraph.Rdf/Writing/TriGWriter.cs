namespace KnowledgeGraph.Rdf;

/// <summary>
/// RDF 1.1 TriG: the default graph first as plain Turtle statements, then one block per named
/// graph in <see cref="NodeComparer"/> order. Blank nodes keep one label across the whole document.
/// </summary>
public sealed class TriGWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.TriG;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
    {
        var shape = DatasetShape.Build(quads, cancellationToken);
        var prefixes = new PrefixTable(options.Prefixes);
        var body = new TurtleBodyWriter(shape, prefixes, options.BaseIri, cancellationToken);
        bool first = true;
        foreach (var graph in shape.Graphs)
        {
            if (!first) body.Output.Append('\n');
            first = false;
            if (graph.Name is null)
            {
                body.WriteGraph(graph, "");
                continue;
            }
            if (graph.Name is IUriNode u) body.AppendIri(u.Iri);
            else body.Output.Append("_:").Append(TurtleSyntax.SafeBlankNodeLabel(((IBlankNode)graph.Name).Id));
            body.Output.Append(" {\n");
            body.WriteGraph(graph, "    ");
            body.Output.Append("}\n");
        }
        output.Write(TurtleBodyWriter.Header(prefixes, options.BaseIri));
        output.Write(body.Output);
        output.Flush();
    }
}
