using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Writes Turtle/TriG statements of one dataset: subjects grouped with ';' and ',', rdf:type as 'a',
/// blank nodes used once nested as [ ... ], well-formed lists as ( ... ), and terms in their
/// shortest safe spelling. Shared by <see cref="TurtleWriter"/> and <see cref="TriGWriter"/>.
/// Statements come one subject at a time, in order (<see cref="SortedQuads"/>); only blank nodes are looked up
/// out of order (<see cref="BlankNodes"/>), so the memory used does not grow with the rest of the data; past the
/// blank nodes' budget none is nested, and nothing at all grows.
/// </summary>
internal sealed class TurtleBodyWriter
{
    // Deeper nesting is written with labels instead, to keep recursion bounded on long chains.
    private const int MaxNesting = 64;

    private readonly BlankNodes _blanks;
    private readonly PrefixTable _prefixes;
    private readonly string? _baseIri;
    private readonly BodyBuffer _body;
    private readonly CancellationToken _cancellationToken;
    // blank nodes only: an IRI or literal is never nested, so whether it was written never matters
    private readonly HashSet<INode> _written = new();
    private readonly HashSet<INode> _labelled = new();
    private readonly StringBuilder _sb = new();
    private readonly Queue<SubjectGroup> _pending = new();
    private INode? _graph;
    private string _indent = "";
    private string _innerIndent = "    ";
    private int _statements;

    public TurtleBodyWriter(BlankNodes blanks, PrefixTable prefixes, string? baseIri, BodyBuffer body, CancellationToken cancellationToken)
    {
        _blanks = blanks;
        _prefixes = prefixes;
        _baseIri = baseIri;
        _body = body;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Starts the statements of a graph, each line prefixed with <paramref name="indent"/>.</summary>
    public void BeginGraph(INode? graph, string indent)
    {
        _graph = graph;
        _indent = indent;
        _innerIndent = indent + "    ";
    }

    /// <summary>The next subject of the graph, in order.</summary>
    public void WriteSubject(SubjectGroup group)
    {
        if (!_blanks.IsNestable(group.Subject)) WriteRoot(group, _pending);
    }

    /// <summary>Ends the graph: what was put off past the nesting limit, then blank nodes only reachable in a cycle.</summary>
    public void EndGraph()
    {
        Drain(_pending);
        // What is left is nestable in principle but unreachable from a root: blank nodes in a cycle.
        foreach (var s in _blanks.SubjectsOf(_graph))
        {
            if (_written.Contains(s.Subject)) continue;
            _labelled.Add(s.Subject);
            WriteRoot(s, _pending);
            Drain(_pending);
        }
        Flush();
    }

    /// <summary>Text between statements (TriG's graph blocks).</summary>
    public void AppendRaw(string text) => _sb.Append(text);

    /// <summary>Keeps the text written in its own buffer (never handed to the body buffer before <see cref="TakeText"/>),
    /// for a writer that stores each subject block on its own.</summary>
    internal bool HoldText { get; init; }

    /// <summary>The text written since the previous call (held: <see cref="HoldText"/>); the buffer is cleared after <paramref name="use"/>.</summary>
    internal void TakeText(Action<StringBuilder> use)
    {
        use(_sb);
        _sb.Clear();
    }

    /// <summary>Hands what is written so far to the body buffer.</summary>
    public void Flush()
    {
        _body.Append(_sb);
        _sb.Clear();
    }

    private void Drain(Queue<SubjectGroup> pending)
    {
        while (pending.Count > 0)
        {
            var s = pending.Dequeue();
            if (!_written.Contains(s.Subject)) WriteRoot(s, pending);
        }
    }

    private void WriteRoot(SubjectGroup group, Queue<SubjectGroup> pending)
    {
        if ((++_statements & 0x3FF) == 0) _cancellationToken.ThrowIfCancellationRequested();
        // Nothing is nested when the blank nodes went past their budget: no need (and no room) to remember them.
        if (group.Subject is IBlankNode && !_blanks.Labelled) _written.Add(group.Subject);
        _sb.Append(_indent);
        AppendTerm(group.Subject, isPredicate: false);
        _sb.Append(' ');
        WritePredicateObjects(group, _innerIndent, depth: 1, pending);
        _sb.Append(" .\n");
        if (_sb.Length > 1 << 16 && !HoldText) Flush();
    }

    private void WritePredicateObjects(SubjectGroup group, string indent, int depth, Queue<SubjectGroup> pending)
    {
        // rdf:type first, as people read it; the rest in NodeComparer order (the triples are sorted): two passes.
        var triples = group.Triples;
        INode? predicate = null;
        bool firstPredicate = true;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < triples.Count; i++)
            {
                var t = triples[i];
                if (IsType(t) != (pass == 0)) continue;
                if (predicate is not null && predicate.Equals(t.Predicate))
                    _sb.Append(", ");
                else
                {
                    if (!firstPredicate) _sb.Append(" ;\n").Append(indent);
                    firstPredicate = false;
                    predicate = t.Predicate;
                    AppendTerm(t.Predicate, isPredicate: true);
                    _sb.Append(' ');
                }
                WriteObject(t.Object, indent, depth, pending);
            }
        }
    }

    internal static bool IsType(Triple t) => t.Predicate is IUriNode { Iri: Vocabulary.RdfType };

    private void WriteObject(INode obj, string indent, int depth, Queue<SubjectGroup> pending)
    {
        if (!_blanks.IsNestable(obj) || _labelled.Contains(obj) || _written.Contains(obj))
        {
            AppendTerm(obj, isPredicate: false);
            return;
        }
        var group = _blanks.TryGetSubject(_graph, obj);
        if (depth >= MaxNesting)
        {
            _labelled.Add(obj);
            AppendTerm(obj, isPredicate: false);
            if (group is not null) pending.Enqueue(group);
            return;
        }
        var items = _blanks.TryReadList(_graph, obj, out var cells);
        if (items is not null)
        {
            foreach (var c in cells) _written.Add(c);
            _sb.Append('(');
            foreach (var item in items)
            {
                _sb.Append(' ');
                WriteObject(item, indent, depth + 1, pending);
            }
            _sb.Append(" )");
            return;
        }
        _written.Add(obj);
        if (group is null)
        {
            _sb.Append("[]");
            return;
        }
        _sb.Append("[\n").Append(indent).Append("    ");
        WritePredicateObjects(group, indent + "    ", depth + 1, pending);
        _sb.Append('\n').Append(indent).Append(']');
    }

    private void AppendTerm(INode node, bool isPredicate)
    {
        switch (node)
        {
            case IUriNode u:
                if (isPredicate && u.Iri == Vocabulary.RdfType) _sb.Append('a');
                else AppendIri(u.Iri);
                break;
            case IBlankNode b:
                _sb.Append("_:").Append(TurtleSyntax.SafeBlankNodeLabel(b.Id));
                break;
            case ILiteralNode l:
                var shorthand = TurtleSyntax.NumericOrBooleanShorthand(l);
                if (shorthand is not null)
                {
                    _sb.Append(shorthand);
                    break;
                }
                TurtleSyntax.AppendString(_sb, l.Value);
                if (l.Language.Length > 0) _sb.Append('@').Append(l.Language);
                else if (l.Datatype != Vocabulary.XsdString)
                {
                    _sb.Append("^^");
                    AppendIri(l.Datatype);
                }
                break;
            default:
                throw new ArgumentException($"unsupported term type {node.GetType().Name}");
        }
    }

    public void AppendIri(string iri)
    {
        var prefixed = _prefixes.TryCompact(iri);
        if (prefixed is not null)
        {
            _sb.Append(prefixed);
            return;
        }
        var relative = _baseIri is null ? null : TurtleSyntax.Relativize(iri, _baseIri);
        NTriplesFormatter.AppendIri(_sb, relative ?? iri);
    }

    /// <summary>The header: @base, then the prefixes that the body used, in declaration order.</summary>
    public static string Header(PrefixTable prefixes, string? baseIri)
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
}
