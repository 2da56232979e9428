namespace KnowledgeGraph.Rdf;

/// <summary>
/// What the grouping writers must know of blank nodes before writing the first statement, gathered in one pass over
/// the input: how often each is an object, whether it crosses graphs or names a graph (then it keeps its label), and
/// the statements of every blank subject (written nested where it is used, maybe far from where it sorts). Held in
/// memory up to a budget (the statements that touch a blank node, estimated as the sorter does): past it the writer
/// gives up nesting for the whole document, everything here is dropped, and every blank node is written with its
/// label; its statements are then ordinary subjects of the sorted stream, which spills, so memory stays bounded.
/// A document is nested entirely or labelled entirely, so its bytes depend only on the input and the budget.
/// </summary>
internal sealed class BlankNodes(long budgetBytes)
{
    private readonly HashSet<Quad> _quads = new();
    private readonly HashSet<INode> _graphNames = new();
    private readonly Dictionary<INode, int> _objectCount = new();
    private readonly HashSet<INode> _pinned = new();
    private readonly Dictionary<INode, GraphBlanks> _named = new();
    private readonly GraphBlanks _default = new();
    private long _bytes;

    /// <summary>True once the blank-node statements went past the budget: nothing is nested, every blank node is labelled.</summary>
    public bool Labelled { get; private set; }

    /// <summary>How many statements are held (0 once <see cref="Labelled"/>).</summary>
    public int HeldStatements => _quads.Count + _named.Values.Append(_default).Sum(g => g.Subjects.Values.Sum(s => s.Triples.Count));

    /// <summary>Notes one input statement (duplicates included: they are counted once).</summary>
    public void Note(in Quad q)
    {
        if (Labelled) return;
        if (q.Graph is IBlankNode && _graphNames.Add(q.Graph)) _bytes += 64;
        if ((q.Subject is IBlankNode || q.Object is IBlankNode) && _quads.Add(q)) _bytes += SortedQuads.Estimate(q) + 32;
        if (_bytes <= budgetBytes) return;
        Labelled = true;
        _quads.Clear();
        _quads.TrimExcess();
        _graphNames.Clear();
        _graphNames.TrimExcess();
    }

    /// <summary>Derives the counts and groups once the input is read.</summary>
    public void Complete()
    {
        var graphOf = new Dictionary<INode, INode?>();
        _pinned.UnionWith(_graphNames);
        foreach (var q in _quads)
        {
            if (q.Object is IBlankNode) _objectCount[q.Object] = _objectCount.GetValueOrDefault(q.Object) + 1;
            NoteGraph(q.Subject, q.Graph);
            NoteGraph(q.Object, q.Graph);
            if (q.Subject is not IBlankNode) continue;
            var graph = q.Graph is null ? _default : Named(q.Graph);
            if (!graph.Subjects.TryGetValue(q.Subject, out var group)) graph.Subjects[q.Subject] = group = new SubjectGroup(q.Subject);
            group.Triples.Add(q.Triple);
        }
        foreach (var graph in _named.Values.Append(_default))
            foreach (var group in graph.Subjects.Values) group.Triples.Sort(NodeComparer.Instance.Compare);
        _quads.Clear();

        void NoteGraph(INode term, INode? graph)
        {
            if (term is not IBlankNode) return;
            if (graphOf.TryGetValue(term, out var g)) { if (!Equals(g, graph)) _pinned.Add(term); }
            else graphOf[term] = graph;
        }
    }

    private GraphBlanks Named(INode graph)
    {
        if (!_named.TryGetValue(graph, out var g)) _named[graph] = g = new GraphBlanks();
        return g;
    }

    /// <summary>True for a blank node that is the object of exactly one statement, lives in one graph
    /// and names no graph: it can be written nested where it is used.</summary>
    public bool IsNestable(INode node) =>
        node is IBlankNode && !_pinned.Contains(node) && _objectCount.GetValueOrDefault(node) == 1;

    /// <summary>The statements of a blank subject in a graph (sorted by predicate, then object), or null.</summary>
    public SubjectGroup? TryGetSubject(INode? graph, INode subject)
    {
        var g = graph is null ? _default : _named.GetValueOrDefault(graph);
        return g?.Subjects.GetValueOrDefault(subject);
    }

    /// <summary>The blank subjects of a graph in <see cref="NodeComparer"/> order.</summary>
    public IEnumerable<SubjectGroup> SubjectsOf(INode? graph)
    {
        var g = graph is null ? _default : _named.GetValueOrDefault(graph);
        if (g is null) return [];
        return g.Subjects.Values.OrderBy(s => s.Subject, NodeComparer.Instance);
    }

    /// <summary>
    /// The items of the well-formed RDF collection headed by <paramref name="head"/> (every cell a
    /// nestable blank node with exactly one rdf:first and one rdf:rest, ending in rdf:nil, no cycle), or null.
    /// </summary>
    public IReadOnlyList<INode>? TryReadList(INode? graph, INode head, out IReadOnlyList<INode> cells)
    {
        var items = new List<INode>();
        var visited = new List<INode>();
        cells = visited;
        var node = head;
        var seen = new HashSet<INode>();
        while (!(node is IUriNode u && u.Iri == Vocabulary.RdfNil))
        {
            if (!IsNestable(node) || !seen.Add(node)) return null;
            var g = TryGetSubject(graph, node);
            if (g is null || g.Triples.Count != 2) return null;
            // Sorted by predicate: rdf:first sorts before rdf:rest.
            var first = g.Triples[0];
            var rest = g.Triples[1];
            if (first.Predicate is not IUriNode { Iri: Vocabulary.RdfFirst } || rest.Predicate is not IUriNode { Iri: Vocabulary.RdfRest })
                return null;
            items.Add(first.Object);
            visited.Add(node);
            node = rest.Object;
        }
        return items.Count == 0 ? null : items;
    }

    private sealed class GraphBlanks
    {
        public Dictionary<INode, SubjectGroup> Subjects { get; } = new();
    }
}
