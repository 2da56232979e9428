using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>A statement with a blank node reached the streaming Turtle writer, which writes only IRIs and literals.</summary>
public sealed class BlankNodeInStreamException() : Exception("a blank node cannot be written by the streaming Turtle writer");

/// <summary>
/// Turtle and TriG written from a sorted, distinct stream of statements without blank nodes, one subject at a time:
/// the same bytes as <see cref="TurtleWriter"/> / <see cref="TriGWriter"/> give for such data (a build's graph has no
/// blank node: every node is minted from a key), with memory bounded by one subject's statements instead of the whole
/// document. The body goes to a temporary file first, because the header declares only the prefixes the body used.
/// </summary>
public static class StreamingTurtle
{
    /// <param name="quads">Sorted with <see cref="NodeComparer"/> and distinct; for Turtle, all in the default graph.</param>
    /// <exception cref="BlankNodeInStreamException">A statement holds a blank node (nothing is written to <paramref name="path"/>).</exception>
    public static void Write(string path, IEnumerable<Quad> quads, bool trig, RdfWriterOptions options, CancellationToken ct)
    {
        var body = path + ".body";
        try
        {
            var prefixes = new UsedPrefixes(options.Prefixes);
            using (var stream = new FileStream(body, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new StreamWriter(stream, AtomicFile.Utf8NoBom, 1 << 16))
                WriteBody(w, quads, trig, prefixes, options.BaseIri, ct);
            AtomicFile.WriteText(path, w =>
            {
                w.Write(Header(prefixes, options.BaseIri));
                w.Flush();
                using var source = new FileStream(body, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                var target = ((StreamWriter)w).BaseStream;
                source.CopyTo(target);
            });
        }
        finally
        {
            try { File.Delete(body); } catch (IOException) { }
        }
    }

    private static void WriteBody(TextWriter w, IEnumerable<Quad> quads, bool trig, UsedPrefixes prefixes, string? baseIri, CancellationToken ct)
    {
        var sb = new StringBuilder(1 << 12);
        var group = new List<Triple>();
        INode? subject = null;
        INode? graph = null;
        bool anyGraph = false;
        long n = 0;
        foreach (var q in quads)
        {
            if ((++n & 0x3FF) == 0) ct.ThrowIfCancellationRequested();
            if (q.Subject is IBlankNode || q.Object is IBlankNode || q.Graph is IBlankNode) throw new BlankNodeInStreamException();
            if (!trig && q.Graph is not null)
                throw new RdfWriterException($"Turtle holds one graph only, but a statement is in the named graph {q.Graph.ToNTriples()}");
            bool newGraph = !anyGraph || !Equals(graph, q.Graph);
            if (group.Count > 0 && (newGraph || !q.Subject.Equals(subject)))
            {
                WriteSubject(sb, subject!, group, trig && graph is not null ? "    " : "", prefixes, baseIri);
                w.Write(sb);
                sb.Clear();
                group.Clear();
            }
            if (newGraph)
            {
                // TriG: the default graph first as plain statements, then one block per named graph, blocks separated by a blank line
                if (anyGraph && trig && graph is not null) sb.Append("}\n");
                if (anyGraph) sb.Append('\n');
                if (trig && q.Graph is IUriNode g)
                {
                    AppendIri(sb, g.Iri, prefixes, baseIri);
                    sb.Append(" {\n");
                }
                graph = q.Graph;
                anyGraph = true;
            }
            subject = q.Subject;
            group.Add(q.Triple);
        }
        if (group.Count > 0) WriteSubject(sb, subject!, group, trig && graph is not null ? "    " : "", prefixes, baseIri);
        if (trig && graph is not null) sb.Append("}\n");
        w.Write(sb);
    }

    private static void WriteSubject(StringBuilder sb, INode subject, List<Triple> triples, string indent, UsedPrefixes prefixes, string? baseIri)
    {
        sb.Append(indent);
        AppendTerm(sb, subject, false, prefixes, baseIri);
        sb.Append(' ');
        var inner = indent + "    ";
        // rdf:type first, as people read it; the rest in NodeComparer order (the triples are sorted)
        INode? predicate = null;
        bool first = true;
        for (int pass = 0; pass < 2; pass++)
            foreach (var t in triples)
            {
                if (IsType(t) != (pass == 0)) continue;
                if (predicate is not null && predicate.Equals(t.Predicate)) sb.Append(", ");
                else
                {
                    if (!first) sb.Append(" ;\n").Append(inner);
                    first = false;
                    predicate = t.Predicate;
                    AppendTerm(sb, t.Predicate, true, prefixes, baseIri);
                    sb.Append(' ');
                }
                AppendTerm(sb, t.Object, false, prefixes, baseIri);
            }
        sb.Append(" .\n");
    }

    private static bool IsType(Triple t) => t.Predicate is IUriNode { Iri: Vocabulary.RdfType };

    private static void AppendTerm(StringBuilder sb, INode node, bool isPredicate, UsedPrefixes prefixes, string? baseIri)
    {
        switch (node)
        {
            case IUriNode u:
                if (isPredicate && u.Iri == Vocabulary.RdfType) sb.Append('a');
                else AppendIri(sb, u.Iri, prefixes, baseIri);
                break;
            case ILiteralNode l:
                var shorthand = TurtleSyntax.NumericOrBooleanShorthand(l);
                if (shorthand is not null)
                {
                    sb.Append(shorthand);
                    break;
                }
                TurtleSyntax.AppendString(sb, l.Value);
                if (l.Language.Length > 0) sb.Append('@').Append(l.Language);
                else if (l.Datatype != Vocabulary.XsdString)
                {
                    sb.Append("^^");
                    AppendIri(sb, l.Datatype, prefixes, baseIri);
                }
                break;
            default:
                throw new BlankNodeInStreamException();
        }
    }

    private static void AppendIri(StringBuilder sb, string iri, UsedPrefixes prefixes, string? baseIri)
    {
        var prefixed = prefixes.TryCompact(iri);
        if (prefixed is not null)
        {
            sb.Append(prefixed);
            return;
        }
        var relative = baseIri is null ? null : TurtleSyntax.Relativize(iri, baseIri);
        NTriplesFormatter.AppendIri(sb, relative ?? iri);
    }

    /// <summary>The header: @base, then the prefixes the body used, in declaration order (as <see cref="TurtleWriter"/> writes it).</summary>
    private static string Header(UsedPrefixes prefixes, string? baseIri)
    {
        var sb = new StringBuilder();
        if (baseIri is not null)
        {
            sb.Append("@base ");
            NTriplesFormatter.AppendIri(sb, baseIri);
            sb.Append(" .\n");
        }
        foreach (var (prefix, ns) in prefixes.Used)
        {
            sb.Append("@prefix ").Append(prefix).Append(": ");
            NTriplesFormatter.AppendIri(sb, ns);
            sb.Append(" .\n");
        }
        if (sb.Length > 0) sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// A <see cref="PrefixTable"/> whose per-IRI cache is dropped now and then: one table would remember every IRI of
    /// the graph. The prefixes used are gathered across the tables, in declaration order.
    /// </summary>
    private sealed class UsedPrefixes(IEnumerable<KeyValuePair<string, string>>? declared)
    {
        private const int CacheLimit = 1 << 16;
        private readonly List<KeyValuePair<string, string>>? _declared = declared?.ToList();
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private PrefixTable _table = new(declared);
        private int _calls;

        public string? TryCompact(string iri)
        {
            if (++_calls == CacheLimit) Renew();
            return _table.TryCompact(iri);
        }

        private void Renew()
        {
            foreach (var (prefix, _) in _table.Used) _used.Add(prefix);
            _table = new PrefixTable(_declared);
            _calls = 0;
        }

        public IEnumerable<KeyValuePair<string, string>> Used
        {
            get
            {
                Renew();
                return new PrefixTable(_declared).Entries.Where(e => _used.Contains(e.Key)).ToList();
            }
        }
    }
}
