using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>SPARQL 1.1 Update operations (§3) applied to a <see cref="MemoryStore"/>.</summary>
public sealed class UpdateExecutor
{
    private readonly MemoryStore _store;
    private readonly SparqlFunctionLibrary _functions;
    private readonly Func<DateTimeOffset> _clock;
    private readonly SparqlQueryOptions _options;
    private readonly CancellationToken _cancellationToken;
    private long _operation;

    public UpdateExecutor(MemoryStore store, SparqlFunctionLibrary functions, Func<DateTimeOffset> clock,
        SparqlQueryOptions options, CancellationToken cancellationToken)
    {
        _store = store;
        _functions = functions;
        _clock = clock;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public void Execute(UpdateOperation op, string? baseIri)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _operation++;
        switch (op)
        {
            case InsertData d:
            {
                // Blank nodes of INSERT DATA are new nodes of the store, distinct from any it already holds.
                string prefix = $"u{_store.Version}_{_operation}_";
                foreach (var q in d.Quads.ToList())
                    _store.Add(new Quad(Fresh(q.Subject, prefix), q.Predicate, Fresh(q.Object, prefix), q.Graph));
                break;
            }
            case DeleteData d:
                _store.RemoveRange(d.Quads);
                break;
            case DeleteInsert di:
                ExecuteDeleteInsert(di, baseIri);
                break;
            case Load l:
                ExecuteLoad(l);
                break;
            case Clear c:
                foreach (var g in Targets(c.Target)) _store.ClearGraph(g);
                break;
            case Drop d:
                foreach (var g in Targets(d.Target)) _store.ClearGraph(g);
                break;
            case Create c:
                if (!c.Silent && _store.GraphNames.Contains(new UriNode(c.Iri)))
                    throw new SparqlException($"CREATE GRAPH <{c.Iri}>: the graph already exists");
                break;
            case GraphTransfer t:
                ExecuteTransfer(t);
                break;
            default:
                throw new SparqlException($"unsupported update operation {op.GetType().Name}");
        }
    }

    private static INode Fresh(INode n, string prefix) => n is IBlankNode b ? new BlankNode(prefix + b.Id) : n;

    private IEnumerable<INode?> Targets(GraphTarget target) => target.Kind switch
    {
        GraphTargetKind.Graph => new INode?[] { new UriNode(target.Iri!) },
        GraphTargetKind.Default => new INode?[] { null },
        GraphTargetKind.Named => _store.GraphNames.ToList(),
        _ => _store.GraphNames.Prepend(null).ToList(),
    };

    private void ExecuteTransfer(GraphTransfer t)
    {
        if (t.From == t.To) return;
        INode? from = t.From is null ? null : new UriNode(t.From);
        INode? to = t.To is null ? null : new UriNode(t.To);
        if (from is not null && !t.Silent && !_store.GraphNames.Contains(from))
            throw new SparqlException($"{t.Kind.ToString().ToUpperInvariant()}: source graph <{t.From}> does not exist");
        var triples = _store.Match(null, null, null, from is null ? GraphSelector.Default : GraphSelector.Named(from))
            .Select(q => q.Triple).ToList();
        if (t.Kind != GraphTransferKind.Add) _store.ClearGraph(to);
        foreach (var tr in triples) _store.Add(tr.InGraph(to));
        if (t.Kind == GraphTransferKind.Move) _store.ClearGraph(from);
    }

    private void ExecuteLoad(Load l)
    {
        var path = _options.LoadResolver?.Invoke(l.Source);
        if (path is null || !File.Exists(path))
        {
            if (l.Silent) return;
            throw new SparqlException(path is null
                ? $"LOAD <{l.Source}>: refused (no local file is configured for this IRI)"
                : $"LOAD <{l.Source}>: file not found: {path}");
        }
        try
        {
            RdfLoader.LoadFile(_store, path, documentIndex: (int)(_operation + 1000),
                intoGraph: l.Into is null ? null : new UriNode(l.Into), cancellationToken: _cancellationToken);
        }
        catch (Exception e) when (l.Silent && e is not OperationCanceledException)
        {
        }
    }

    private void ExecuteDeleteInsert(DeleteInsert di, string? baseIri)
    {
        var guard = new QueryGuard(_options.Timeout, _cancellationToken, _options.RowBudget, _options.SharedRows);
        var slots = new VariableSlots();
        VariableCollector.Collect(di.Where, slots);
        foreach (var q in di.Delete.Concat(di.Insert))
        {
            VariableCollector.Collect(q.Graph, slots);
            VariableCollector.Collect(q.Triple, slots);
        }
        ActiveGraph defaultGraph;
        int[]? named = null;
        if (_options.ProtocolDataset is { IsEmpty: false } protocol)
        {
            // using-graph-uri / using-named-graph-uri act as USING / USING NAMED (SPARQL Protocol §2.2.3).
            defaultGraph = ActiveGraph.Union(GraphIds(protocol.DefaultGraphs));
            named = GraphIds(protocol.NamedGraphs);
        }
        else if (di.Using is { } ds)
        {
            defaultGraph = ActiveGraph.Union(GraphIds(ds.DefaultGraphs));
            named = GraphIds(ds.NamedGraphs);
        }
        else if (di.With is { } with)
        {
            int id = _store.Terms.Lookup(new UriNode(with));
            defaultGraph = id > 0 ? ActiveGraph.Of(id) : ActiveGraph.Empty;
        }
        else
        {
            defaultGraph = _options.UnionDefaultGraph ? ActiveGraph.AllGraphs : ActiveGraph.Of(TermDictionary.DefaultGraph);
        }
        QueryValidator.Validate(di.Where, _functions);
        var evaluator = new QueryEvaluator(_store, slots, guard, new FunctionContext(_clock(), baseIri ?? _options.BaseIri),
            _functions, defaultGraph, named);
        // The WHERE clause is evaluated completely before the store changes (§3.1.3).
        var rows = evaluator.Evaluate(di.Where).Select(r => { guard.Retain(); return r; }).ToList();
        INode? withGraph = di.With is null ? null : new UriNode(di.With);

        var deletions = new List<Quad>();
        var insertions = new List<Quad>();
        long solution = 0;
        foreach (var row in rows)
        {
            solution++;
            var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            Instantiate(di.Delete, row, evaluator, fresh, solution, withGraph, deletions, allowBlank: false);
            Instantiate(di.Insert, row, evaluator, fresh, solution, withGraph, insertions, allowBlank: true);
        }
        // One pass per index bucket, not one array shift per quad.
        _store.RemoveRange(deletions);
        foreach (var q in insertions) _store.Add(q);
    }

    private int[] GraphIds(IEnumerable<string> iris) =>
        iris.Select(i => _store.Terms.Lookup(new UriNode(i))).Where(id => id > 0).Distinct().ToArray();

    private void Instantiate(IEnumerable<QuadPattern> template, int[] row, QueryEvaluator evaluator,
        Dictionary<string, BlankNode> fresh, long solution, INode? withGraph, List<Quad> output, bool allowBlank)
    {
        string prefix = $"u{_store.Version}_{_operation}_{solution}_";
        foreach (var qp in template)
        {
            var s = Resolve(qp.Triple.Subject, row, evaluator, fresh, prefix);
            var p = Resolve(qp.Triple.Predicate, row, evaluator, fresh, prefix);
            var o = Resolve(qp.Triple.Object, row, evaluator, fresh, prefix);
            INode? g = qp.Graph is null ? withGraph : Resolve(qp.Graph, row, evaluator, fresh, prefix);
            if (s is null || p is null || o is null || (qp.Graph is not null && g is null)) continue;
            if (s is ILiteralNode || p is not IUriNode || g is ILiteralNode or IBlankNode) continue;
            if (!allowBlank && (qp.Triple.Subject is TermItem { Node: IBlankNode } || qp.Triple.Object is TermItem { Node: IBlankNode })) continue;
            output.Add(new Quad(s, p, o, g));
        }
    }

    private static INode? Resolve(PatternItem item, int[] row, QueryEvaluator evaluator, Dictionary<string, BlankNode> fresh, string prefix)
    {
        switch (item)
        {
            case Variable v:
                return evaluator.Slots.TryGetSlot(v.Name, out var slot) ? evaluator.Terms.DecodeOrNull(row[slot]) : null;
            case TermItem { Node: IBlankNode b }:
                if (!fresh.TryGetValue(b.Id, out var node)) fresh[b.Id] = node = new BlankNode(prefix + b.Id);
                return node;
            case TermItem t:
                return t.Node;
            default:
                return null;
        }
    }
}
