using Newtonsoft.Json;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// JSON-LD 1.1 from RDF: one node object per subject, named graphs as <c>@graph</c> of a node
/// named by the graph, well-formed lists as <c>@list</c>, literals as value objects keeping language
/// and datatype (no conversion to native numbers, so that the literal comes back exactly).
/// Compacted output puts the usable prefixes in <c>@context</c> and writes compact IRIs;
/// expanded output writes full IRIs only.
/// </summary>
public sealed class JsonLdWriter : IRdfWriter
{
    public RdfFormat Format => RdfFormat.JsonLd;

    public void Write(TextWriter output, IEnumerable<Quad> quads, RdfWriterOptions options, CancellationToken cancellationToken = default)
    {
        var shape = DatasetShape.Build(quads, cancellationToken);
        var compactor = options.JsonLdCompact ? JsonLdCompactor.Create(options.Prefixes, shape) : JsonLdCompactor.None;

        // Node objects of the default graph, keyed by subject; a graph name gets one too, holding @graph.
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        var nodeWriter = new NodeObjectWriter(json, shape, compactor, cancellationToken);
        var topLevel = new SortedDictionary<INode, TopNode>(NodeComparer.Instance);
        var defaultGraph = shape.Graphs.FirstOrDefault(g => g.Name is null);
        foreach (var graph in shape.Graphs)
        {
            if (graph.Name is null)
            {
                var cells = nodeWriter.CellsOf(graph);
                foreach (var s in graph.Subjects)
                    if (!cells.Contains(s.Subject)) GetTop(topLevel, s.Subject).Group = s;
            }
            else
                GetTop(topLevel, graph.Name).NamedGraph = graph;
        }

        if (options.JsonLdCompact)
        {
            MarkUsedPrefixes(shape, compactor, nodeWriter);
            json.WriteStartObject();
            var context = compactor.UsedContext();
            if (context.Count > 0)
            {
                json.WritePropertyName("@context");
                json.WriteStartObject();
                foreach (var (prefix, ns) in context)
                {
                    json.WritePropertyName(prefix);
                    json.WriteValue(ns);
                }
                json.WriteEndObject();
            }
            json.WritePropertyName("@graph");
        }
        json.WriteStartArray();
        foreach (var top in topLevel.Values)
            nodeWriter.WriteNode(top.Subject, top.Group, defaultGraph, top.NamedGraph);
        json.WriteEndArray();
        if (options.JsonLdCompact) json.WriteEndObject();
        json.Flush();
        output.Write('\n');
        output.Flush();
    }

    /// <summary>Compacts every IRI the output will hold, so that the @context written first is complete.</summary>
    private static void MarkUsedPrefixes(DatasetShape shape, JsonLdCompactor compactor, NodeObjectWriter nodeWriter)
    {
        foreach (var graph in shape.Graphs)
        {
            if (graph.Name is IUriNode g) compactor.Compact(g.Iri);
            var cells = nodeWriter.CellsOf(graph);
            foreach (var s in graph.Subjects)
            {
                if (cells.Contains(s.Subject))
                {
                    // A list cell is written as an @list item: only its rdf:first value shows.
                    foreach (var t in s.Triples.Where(t => t.Predicate is IUriNode { Iri: Vocabulary.RdfFirst }))
                        if (t.Object is IUriNode o) compactor.Compact(o.Iri);
                        else if (t.Object is ILiteralNode l && l.Language.Length == 0 && l.Datatype != Vocabulary.XsdString) compactor.Compact(l.Datatype);
                    continue;
                }
                foreach (var t in s.Triples)
                {
                    if (t.Subject is IUriNode su) compactor.Compact(su.Iri);
                    if (t.Predicate is IUriNode p && !(p.Iri == Vocabulary.RdfType && t.Object is not ILiteralNode)) compactor.Compact(p.Iri);
                    if (t.Object is IUriNode o) compactor.Compact(o.Iri);
                    else if (t.Object is ILiteralNode l && l.Language.Length == 0 && l.Datatype != Vocabulary.XsdString) compactor.Compact(l.Datatype);
                }
            }
        }
    }

    private static TopNode GetTop(SortedDictionary<INode, TopNode> map, INode subject)
    {
        if (!map.TryGetValue(subject, out var node)) map[subject] = node = new TopNode(subject);
        return node;
    }

    private sealed class TopNode(INode subject)
    {
        public INode Subject { get; } = subject;
        public SubjectGroup? Group { get; set; }
        public GraphShape? NamedGraph { get; set; }
    }

    /// <summary>Writes node objects; compaction was decided before any output, so the context is complete.</summary>
    private sealed class NodeObjectWriter(JsonTextWriter json, DatasetShape shape, JsonLdCompactor compactor, CancellationToken cancellationToken)
    {
        private readonly Dictionary<GraphShape, HashSet<INode>> _cells = new();
        private int _written;

        public HashSet<INode> CellsOf(GraphShape graph)
        {
            if (!_cells.TryGetValue(graph, out var cells)) _cells[graph] = cells = ListCells(graph);
            return cells;
        }

        public void WriteNode(INode subject, SubjectGroup? group, GraphShape? graph, GraphShape? namedGraph)
        {
            if ((++_written & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WritePropertyName("@id");
            json.WriteValue(Id(subject));
            if (group is not null && graph is not null) WriteProperties(group, graph);
            if (namedGraph is not null)
            {
                json.WritePropertyName("@graph");
                json.WriteStartArray();
                var cells = CellsOf(namedGraph);
                foreach (var s in namedGraph.Subjects)
                    if (!cells.Contains(s.Subject)) WriteNode(s.Subject, s, namedGraph, null);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }

        /// <summary>Blank nodes that will be written inside an @list rather than as node objects.</summary>
        private HashSet<INode> ListCells(GraphShape graph)
        {
            var cells = new HashSet<INode>();
            foreach (var s in graph.Subjects)
                foreach (var t in s.Triples)
                    if (shape.IsNestable(t.Object) && shape.TryReadList(graph, t.Object, out var c) is not null)
                        cells.UnionWith(c);
            return cells;
        }

        private void WriteProperties(SubjectGroup group, GraphShape graph)
        {
            var types = group.Triples.Where(t => t.Predicate is IUriNode { Iri: Vocabulary.RdfType } && t.Object is not ILiteralNode).ToList();
            if (types.Count > 0)
            {
                json.WritePropertyName("@type");
                json.WriteStartArray();
                foreach (var t in types) json.WriteValue(t.Object is IUriNode u ? compactor.Compact(u.Iri) : Id(t.Object));
                json.WriteEndArray();
            }
            foreach (var byPredicate in group.Triples.Except(types).GroupBy(t => t.Predicate))
            {
                json.WritePropertyName(compactor.Compact(((IUriNode)byPredicate.Key).Iri));
                json.WriteStartArray();
                foreach (var t in byPredicate) WriteValue(t.Object, graph);
                json.WriteEndArray();
            }
        }

        private void WriteValue(INode obj, GraphShape graph)
        {
            if (obj is ILiteralNode literal)
            {
                WriteLiteral(literal);
                return;
            }
            var items = shape.IsNestable(obj) ? shape.TryReadList(graph, obj, out _) : null;
            if (items is not null)
            {
                json.WriteStartObject();
                json.WritePropertyName("@list");
                json.WriteStartArray();
                // A list inside a list is written as a nested @list (JSON-LD 1.1), like every list head.
                foreach (var item in items) WriteValue(item, graph);
                json.WriteEndArray();
                json.WriteEndObject();
                return;
            }
            WriteReference(obj);
        }

        private void WriteReference(INode node)
        {
            json.WriteStartObject();
            json.WritePropertyName("@id");
            json.WriteValue(Id(node));
            json.WriteEndObject();
        }

        private void WriteLiteral(ILiteralNode literal)
        {
            if (literal.Datatype == Vocabulary.XsdString && compactor.IsCompacting)
            {
                json.WriteValue(literal.Value);
                return;
            }
            json.WriteStartObject();
            json.WritePropertyName("@value");
            json.WriteValue(literal.Value);
            if (literal.Language.Length > 0)
            {
                json.WritePropertyName("@language");
                json.WriteValue(literal.Language);
            }
            else if (literal.Datatype != Vocabulary.XsdString)
            {
                json.WritePropertyName("@type");
                json.WriteValue(compactor.Compact(literal.Datatype));
            }
            json.WriteEndObject();
        }

        private string Id(INode node) => node switch
        {
            IUriNode u => compactor.Compact(u.Iri),
            IBlankNode b => "_:" + b.Id,
            _ => throw new ArgumentException("a literal cannot be a subject or graph name in JSON-LD"),
        };
    }
}
