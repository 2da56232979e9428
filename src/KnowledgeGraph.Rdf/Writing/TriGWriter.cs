namespace KnowledgeGraph.Rdf;

/// <summary>
/// RDF 1.1 TriG: the default graph first as plain Turtle statements, then one block per named
/// graph in <see cref="NodeComparer"/> order. Blank nodes keep one label across the whole document.
/// Sorted and written within bounded memory, as <see cref="TurtleWriter"/> is.
/// </summary>
public sealed class TriGWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.TriG;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
    {
        using var sorted = SortedQuads.From(quads, options.SortBudgetBytes, cancellationToken, options.BlankNodeBudgetBytes);
        var prefixes = new PrefixTable(options.Prefixes);
        using var buffer = new BodyBuffer();
        var body = new TurtleBodyWriter(sorted.Blanks, prefixes, options.BaseIri, buffer, cancellationToken);
        bool first = true;
        INode? graph = null;
        foreach (var (name, group) in sorted.Groups())
        {
            if (first || !Equals(name, graph))
            {
                if (!first) End(body, graph);
                if (!first) body.AppendRaw("\n");
                first = false;
                graph = name;
                Begin(body, name);
            }
            body.WriteSubject(group);
        }
        if (!first) End(body, graph);
        output.Write(TurtleBodyWriter.Header(prefixes, options.BaseIri));
        buffer.CopyTo(output, cancellationToken);
        output.Flush();
    }

    private static void Begin(TurtleBodyWriter body, INode? name)
    {
        if (name is null)
        {
            body.BeginGraph(null, "");
            return;
        }
        if (name is IUriNode u) body.AppendIri(u.Iri);
        else body.AppendRaw("_:" + TurtleSyntax.SafeBlankNodeLabel(((IBlankNode)name).Id));
        body.AppendRaw(" {\n");
        body.BeginGraph(name, "    ");
    }

    private static void End(TurtleBodyWriter body, INode? name)
    {
        body.EndGraph();
        if (name is not null) body.AppendRaw("}\n");
        body.Flush();
    }
}
