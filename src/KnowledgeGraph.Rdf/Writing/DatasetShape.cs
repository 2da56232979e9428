namespace KnowledgeGraph.Rdf;

/// <summary>
/// The sorted, de-duplicated statements of a dataset grouped by graph and subject, with what the
/// grouping writers (Turtle, TriG, JSON-LD) need to decide on nesting: how often each blank node is
/// an object, and whether it crosses graphs or names a graph (then it must keep its label).
/// </summary>
public sealed class DatasetShape
{
    private readonly Dictionary<INode, int> _objectCount = new();
    private readonly HashSet<INode> _pinned = new();

    private DatasetShape(List<GraphShape> graphs) => Graphs = graphs;

    /// <summary>Graphs in order: the default graph (if any statement is in it) first, then named graphs by name.</summary>
    public IReadOnlyList<GraphShape> Graphs { get; }

    public static DatasetShape Build(IEnumerable<Quad> quads, CancellationToken cancellationToken)
    {
        var list = new List<Quad>();
        foreach (var q in quads)
        {
            if ((list.Count & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            list.Add(q);
        }
        // NodeComparer puts a null graph (the default graph) first. Callers often pass statements already in
        // that order (the mapper sorts them); one linear check then spares an n log n sort with the same result.
        if (!IsSorted(list)) list.Sort(NodeComparer.Instance.Compare);

        var graphs = new List<GraphShape>();
        var shape = new DatasetShape(graphs);
        var graphOf = new Dictionary<INode, INode?>();
        GraphShape? current = null;
        SubjectGroup? group = null;
        Quad? previous = null;
        foreach (var q in list)
        {
            if (previous is { } p && p.Equals(q)) continue;
            previous = q;
            if (current is null || !Equals(current.Name, q.Graph))
            {
                current = new GraphShape(q.Graph);
                graphs.Add(current);
                group = null;
                if (q.Graph is IBlankNode) shape._pinned.Add(q.Graph);
            }
            if (group is null || !group.Subject.Equals(q.Subject))
            {
                group = new SubjectGroup(q.Subject);
                current.AddSubject(group);
            }
            group.Triples.Add(q.Triple);
            NoteGraph(q.Subject, q.Graph);
            NoteGraph(q.Object, q.Graph);
            if (q.Object is IBlankNode)
                shape._objectCount[q.Object] = shape._objectCount.GetValueOrDefault(q.Object) + 1;
        }
        return shape;

        void NoteGraph(INode term, INode? graph)
        {
            if (term is not IBlankNode) return;
            if (graphOf.TryGetValue(term, out var g)) { if (!Equals(g, graph)) shape._pinned.Add(term); }
            else graphOf[term] = graph;
        }
    }

    private static bool IsSorted(List<Quad> list)
    {
        for (int i = 1; i < list.Count; i++)
            if (NodeComparer.Instance.Compare(list[i - 1], list[i]) > 0) return false;
        return true;
    }

    /// <summary>True for a blank node that is the object of exactly one statement, lives in one graph
    /// and names no graph: it can be written nested where it is used.</summary>
    public bool IsNestable(INode node) =>
        node is IBlankNode && !_pinned.Contains(node) && _objectCount.GetValueOrDefault(node) == 1;

    /// <summary>
    /// The items of the well-formed RDF collection headed by <paramref name="head"/> (every cell a
    /// nestable blank node with exactly one rdf:first and one rdf:rest, ending in rdf:nil, no cycle), or null.
    /// </summary>
    public IReadOnlyList<INode>? TryReadList(GraphShape graph, INode head, out IReadOnlyList<INode> cells)
    {
        var items = new List<INode>();
        var visited = new List<INode>();
        cells = visited;
        var node = head;
        var seen = new HashSet<INode>();
        while (!(node is IUriNode u && u.Iri == Vocabulary.RdfNil))
        {
            if (!IsNestable(node) || !seen.Add(node)) return null;
            var g = graph.TryGetSubject(node);
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
}

/// <summary>One graph's statements grouped by subject, subjects in <see cref="NodeComparer"/> order.</summary>
public sealed class GraphShape(INode? name)
{
    private readonly Dictionary<INode, SubjectGroup> _bySubject = new();
    private readonly List<SubjectGroup> _subjects = new();

    public INode? Name { get; } = name;

    public IReadOnlyList<SubjectGroup> Subjects => _subjects;

    public SubjectGroup? TryGetSubject(INode subject) => _bySubject.GetValueOrDefault(subject);

    internal void AddSubject(SubjectGroup group)
    {
        _subjects.Add(group);
        _bySubject[group.Subject] = group;
    }
}

/// <summary>The statements of one subject, sorted by predicate then object.</summary>
public sealed class SubjectGroup(INode subject)
{
    public INode Subject { get; } = subject;

    public List<Triple> Triples { get; } = new();
}
