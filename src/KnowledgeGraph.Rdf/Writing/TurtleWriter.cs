namespace KnowledgeGraph.Rdf;

/// <summary>
/// RDF 1.1 Turtle. Sorts the graph (byte-stable output) within bounded memory (<see cref="SortedQuads"/>: runs spilled
/// to disk past <see cref="RdfWriterOptions.SortBudgetBytes"/>) and declares only the prefixes it uses, so the body is
/// held (in a temporary file when large) until the header is known. A statement in a named graph is an error: Turtle
/// cannot carry it, and silently dropping data would be worse (use TriG or N-Quads).
/// </summary>
public sealed class TurtleWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.Turtle;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
    {
        using var sorted = SortedQuads.From(RejectNamedGraphs(quads, "Turtle"), options.SortBudgetBytes, cancellationToken, options.BlankNodeBudgetBytes);
        // the prefixes are read once the input is consumed: a converter learns the input's declarations while reading it
        var prefixes = new PrefixTable(options.Prefixes);
        using var buffer = new BodyBuffer();
        var body = new TurtleBodyWriter(sorted.Blanks, prefixes, options.BaseIri, buffer, cancellationToken);
        body.BeginGraph(null, "");
        foreach (var (_, group) in sorted.Groups()) body.WriteSubject(group);
        body.EndGraph();
        output.Write(TurtleBodyWriter.Header(prefixes, options.BaseIri));
        buffer.CopyTo(output, cancellationToken);
        output.Flush();
    }

    internal static IEnumerable<Quad> RejectNamedGraphs(IEnumerable<Quad> quads, string formatName)
    {
        // a list is checked in place, so that the sorter can still read it where it is
        if (quads is IReadOnlyList<Quad> list)
        {
            for (int i = 0; i < list.Count; i++)
                if (list[i].Graph is not null) throw NamedGraphError(formatName, list[i]);
            return list;
        }
        // a presorted input stays one, so that the sorter still reads it where it is
        if (quads is PresortedQuads presorted) return presorted.Checked(statements => Reject(statements, formatName));
        return Reject(quads, formatName);
    }

    private static IEnumerable<Quad> Reject(IEnumerable<Quad> quads, string formatName)
    {
        foreach (var q in quads)
        {
            if (q.Graph is not null) throw NamedGraphError(formatName, q);
            yield return q;
        }
    }

    private static RdfWriterException NamedGraphError(string formatName, Quad q) => new(
        $"{formatName} holds one graph only, but a statement is in the named graph {q.Graph!.ToNTriples()}; " +
        "write TriG, N-Quads or JSON-LD to keep named graphs");
}
