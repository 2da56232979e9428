using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Canonical RDF 1.1 N-Triples, streamed in input order: one statement per line, nothing buffered
/// beyond one line. A statement in a named graph is an error (use N-Quads).
/// </summary>
public sealed class NTriplesWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.NTriples;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
        => LineWriter.Write(output, TurtleWriter.RejectNamedGraphs(quads, "N-Triples"), withGraph: false, cancellationToken);
}

/// <summary>The shared streaming loop of the N-Triples and N-Quads writers.</summary>
internal static class LineWriter
{
    public static void Write(TextWriter output, IEnumerable<Quad> quads, bool withGraph, CancellationToken cancellationToken)
    {
        var sb = new StringBuilder(256);
        long n = 0;
        foreach (var q in quads)
        {
            if ((++n & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            sb.Clear();
            AppendLine(sb, q, withGraph);
            output.Write(sb);
        }
        output.Flush();
    }

    /// <summary>One statement's line, newline included.</summary>
    public static void AppendLine(StringBuilder sb, in Quad q, bool withGraph)
    {
        AppendTerm(sb, q.Subject);
        sb.Append(' ');
        AppendTerm(sb, q.Predicate);
        sb.Append(' ');
        AppendTerm(sb, q.Object);
        if (withGraph && q.Graph is not null)
        {
            sb.Append(' ');
            AppendTerm(sb, q.Graph);
        }
        sb.Append(" .\n");
    }

    private static void AppendTerm(StringBuilder sb, INode node)
    {
        switch (node)
        {
            case IUriNode u: NTriplesFormatter.AppendIri(sb, u.Iri); break;
            case IBlankNode b: sb.Append("_:").Append(TurtleSyntax.SafeBlankNodeLabel(b.Id)); break;
            case ILiteralNode l: NTriplesFormatter.AppendLiteral(sb, l.Value, l.Datatype, l.Language); break;
            default: throw new ArgumentException($"unsupported term type {node.GetType().Name}");
        }
    }
}
