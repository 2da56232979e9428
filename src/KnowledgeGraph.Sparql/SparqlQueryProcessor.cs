using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// The embedded SPARQL 1.1 engine over a <see cref="MemoryStore"/>: parse, translate, evaluate lazily on term ids.
/// Each call has its own state, so one processor serves any number of queries (not concurrently with updates).
/// </summary>
public sealed class SparqlQueryProcessor : ISparqlQueryProcessor
{
    private readonly MemoryStore _store;
    private readonly SparqlFunctionLibrary _functions = new();
    private readonly Func<DateTimeOffset> _clock;

    public SparqlQueryProcessor(MemoryStore store, Func<DateTimeOffset>? clock = null, int estimateCacheEntries = EstimateCache.MaxEntries)
    {
        _store = store;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        _estimates = new EstimateCache(store, estimateCacheEntries);
        _values = new ValueIndex(store);
        _lexical = new LexicalIndex(store);
        _ends = new PredicateEnds(store);
    }

    /// <summary>
    /// What this processor keeps from one query to the next: pattern estimates (bounded, see <see cref="EstimateCache"/>)
    /// and value-sorted predicates (one per predicate). Everything else a query builds (plans, memos, hash tables) is
    /// dropped with its evaluator, so a long-running server returns to this after each query.
    /// </summary>
    public (int Estimates, int IndexedPredicates) CachedEntries => (_estimates.Count, _values.Count);

    /// <summary>Prepared queries kept by their text (at most <see cref="PreparedQueries.MaxEntries"/>).</summary>
    public int PreparedQueryCount => _prepared.Count;

    private readonly EstimateCache _estimates;
    private readonly ValueIndex _values;
    private readonly LexicalIndex _lexical;
    private readonly PredicateEnds _ends;

    public MemoryStore Store => _store;

    public SparqlResult Query(string query, SparqlQueryOptions options, CancellationToken cancellationToken = default)
    {
        var prepared = _prepared.Get(query, options.BaseIri, Prepare);
        return ExecutePrepared(prepared, options, cancellationToken);
    }

    private readonly PreparedQueries _prepared = new();

    /// <summary>Parsed, validated, optimised: what <see cref="ExecutePrepared"/> runs.</summary>
    private Query Prepare(string text, string? baseIri)
    {
        var parsed = SparqlParser.ParseQuery(text, baseIri);
        QueryValidator.Validate(parsed.Algebra, _functions);
        return parsed with { Algebra = _optimizer.Optimize(parsed.Algebra) };
    }

    /// <summary>
    /// The optimised algebra of a query and the evaluator's plan for it (join orders with estimates, join strategies,
    /// filters moved into loops, range scans, aggregation and top-k), as text; the query is not run.
    /// </summary>
    public string Explain(string query, SparqlQueryOptions options)
    {
        var parsed = SparqlParser.ParseQuery(query, options.BaseIri);
        QueryValidator.Validate(parsed.Algebra, _functions);
        parsed = parsed with { Algebra = _optimizer.Optimize(parsed.Algebra) };
        var evaluator = CreateEvaluator(parsed, options, new QueryGuard(options.Timeout, CancellationToken.None));
        return "Optimised algebra:\n" + AlgebraPrinter.Print(parsed.Algebra).TrimEnd() + "\n\nPlan:\n" + evaluator.Explain(parsed.Algebra);
    }

    /// <summary>
    /// Algebra rewrites that hold whatever the data (constant folding, BGP merging, filter pushdown). Join order
    /// inside BGPs is left to the evaluator, which plans each BGP against the store's index sizes as it runs.
    /// </summary>
    private readonly AlgebraOptimizer _optimizer = new();

    /// <summary>Optimizes and evaluates an already parsed query.</summary>
    public SparqlResult Execute(Query query, SparqlQueryOptions options, CancellationToken cancellationToken = default)
    {
        QueryValidator.Validate(query.Algebra, _functions);
        return ExecutePrepared(query with { Algebra = _optimizer.Optimize(query.Algebra) }, options, cancellationToken);
    }

    private SparqlResult ExecutePrepared(Query query, SparqlQueryOptions options, CancellationToken cancellationToken)
    {
        var guard = new QueryGuard(options.Timeout, cancellationToken, options.RowBudget, options.SharedRows);
        switch (query.Form)
        {
            case QueryForm.Ask:
            {
                var evaluator = CreateEvaluator(query, options, guard);
                bool any = evaluator.Evaluate(query.Algebra).Any();
                return SparqlResult.FromBoolean(any);
            }
            case QueryForm.Select:
            {
                var variables = query.Variables.Where(Variable.IsUserName).ToArray();
                return SparqlResult.FromBindings(variables, Select(query, options, guard, variables));
            }
            case QueryForm.Construct:
                return SparqlResult.FromGraph(Limit(Construct(query, options, guard), options.ResultLimit, "triples"));
            default:
                return SparqlResult.FromGraph(Limit(Describe(query, options, guard), options.ResultLimit, "triples"));
        }
    }

    private QueryEvaluator CreateEvaluator(Query query, SparqlQueryOptions options, QueryGuard guard)
    {
        var slots = new VariableSlots();
        VariableCollector.Collect(query.Algebra, slots);
        foreach (var v in query.Variables) slots.Slot(v);
        ActiveGraph defaultGraph;
        int[]? named = null;
        if (options.ProtocolDataset is { IsEmpty: false } protocol)
        {
            // SPARQL Protocol §2.1.4: a dataset given in the request overrides FROM / FROM NAMED.
            defaultGraph = ActiveGraph.Union(GraphIds(protocol.DefaultGraphs));
            named = GraphIds(protocol.NamedGraphs);
        }
        else if (query.Dataset is { } ds)
        {
            defaultGraph = ActiveGraph.Union(GraphIds(ds.DefaultGraphs));
            named = GraphIds(ds.NamedGraphs);
        }
        else if (!_store.GraphNames.Any())
        {
            // Only a default graph: matching "any graph" is the same and takes the stores' exact index paths.
            defaultGraph = ActiveGraph.Of(TermDictionary.Any);
        }
        else
        {
            defaultGraph = options.UnionDefaultGraph ? ActiveGraph.AllGraphs : ActiveGraph.Of(TermDictionary.DefaultGraph);
        }
        var context = new FunctionContext(_clock(), query.BaseIri ?? options.BaseIri);
        return new QueryEvaluator(_store, slots, guard, context, _functions, defaultGraph, named, estimates: _estimates, values: _values, lexical: _lexical, ends: _ends);
    }

    private int[] GraphIds(IEnumerable<string> iris) =>
        iris.Select(i => _store.Terms.Lookup(new UriNode(i))).Where(id => id > 0).Distinct().ToArray();

    private IEnumerable<SparqlSolution> Select(Query query, SparqlQueryOptions options, QueryGuard guard, string[] variables)
    {
        var evaluator = CreateEvaluator(query, options, guard);
        var slots = variables.Select(v => evaluator.Slots.Slot(v)).ToArray();
        long count = 0;
        foreach (var row in evaluator.Evaluate(query.Algebra))
        {
            if (options.ResultLimit is { } limit && ++count > limit)
                throw new QueryLimitExceededException(QueryLimitKind.ResultLimit,
                    $"query stopped: it has more than {limit} solutions (the result limit)");
            var bindings = new Dictionary<string, INode>(variables.Length, StringComparer.Ordinal);
            for (int i = 0; i < slots.Length; i++)
                if (row[slots[i]] != 0) bindings[variables[i]] = evaluator.Terms.Decode(row[slots[i]]);
            yield return new SparqlSolution(bindings);
        }
        guard.Check();
    }

    private static IEnumerable<Triple> Limit(IEnumerable<Triple> triples, long? limit, string what)
    {
        long count = 0;
        foreach (var t in triples)
        {
            if (limit is { } l && ++count > l)
                throw new QueryLimitExceededException(QueryLimitKind.ResultLimit,
                    $"query stopped: it has more than {l} {what} (the result limit)");
            yield return t;
        }
    }

    private IEnumerable<Triple> Construct(Query query, SparqlQueryOptions options, QueryGuard guard)
    {
        var evaluator = CreateEvaluator(query, options, guard);
        var template = query.ConstructTemplate ?? ValueList<TriplePattern>.Empty;
        var seen = new HashSet<Triple>();
        long solution = 0;
        foreach (var row in evaluator.Evaluate(query.Algebra))
        {
            solution++;
            var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var t in template)
            {
                var s = Instantiate(t.Subject, row, evaluator, fresh, solution);
                var p = Instantiate(t.Predicate, row, evaluator, fresh, solution);
                var o = Instantiate(t.Object, row, evaluator, fresh, solution);
                // Triples with unbound variables or terms in illegal positions are left out (§16.2).
                if (s is null || p is null || o is null) continue;
                if (s is ILiteralNode || p is not IUriNode) continue;
                var triple = new Triple(s, p, o);
                if (seen.Add(triple))
                {
                    guard.Retain();
                    yield return triple;
                }
            }
        }
    }

    internal static INode? Instantiate(PatternItem item, int[] row, QueryEvaluator evaluator,
        Dictionary<string, BlankNode> fresh, long solution)
    {
        switch (item)
        {
            case Variable v:
                return evaluator.Slots.TryGetSlot(v.Name, out var slot) ? evaluator.Terms.DecodeOrNull(row[slot]) : null;
            case TermItem { Node: IBlankNode b }:
                if (!fresh.TryGetValue(b.Id, out var node))
                    fresh[b.Id] = node = new BlankNode($"c{solution}_{b.Id}");
                return node;
            case TermItem t:
                return t.Node;
            default:
                return null;
        }
    }

    /// <summary>DESCRIBE: the concise bounded description of each resource (its triples, recursively through blank objects).</summary>
    private IEnumerable<Triple> Describe(Query query, SparqlQueryOptions options, QueryGuard guard)
    {
        var evaluator = CreateEvaluator(query, options, guard);
        var resources = new List<INode>();
        var targets = query.DescribeTargets ?? ValueList<PatternItem>.Empty;
        var variableTargets = targets.OfType<Variable>().Select(v => v.Name).ToList();
        if (query.DescribeAll) variableTargets = query.Variables.Where(Variable.IsUserName).ToList();
        foreach (var t in targets.OfType<TermItem>()) resources.Add(t.Node);
        if (variableTargets.Count > 0)
        {
            var slots = variableTargets.Select(v => evaluator.Slots.Slot(v)).ToArray();
            foreach (var row in evaluator.Evaluate(query.Algebra))
                foreach (var s in slots)
                    if (row[s] != 0) resources.Add(evaluator.Terms.Decode(row[s]));
        }
        var seen = new HashSet<Triple>();
        var described = new HashSet<INode>();
        var graph = evaluator.DefaultGraph;
        var pending = new Queue<INode>(resources);
        while (pending.Count > 0)
        {
            guard.Tick();
            var r = pending.Dequeue();
            if (!described.Add(r)) continue;
            if (!_store.Terms.TryGetId(r, out var id)) continue;
            foreach (var q in graph.Match(_store, id, TermDictionary.Any, TermDictionary.Any).ToList())
            {
                var t = new Triple(_store.Terms[q.S], _store.Terms[q.P], _store.Terms[q.O]);
                if (seen.Add(t))
                {
                    guard.Retain();
                    yield return t;
                }
                if (t.Object is IBlankNode) pending.Enqueue(t.Object);
            }
        }
    }

    public void Update(string update, SparqlQueryOptions options, CancellationToken cancellationToken = default)
    {
        var request = SparqlParser.ParseUpdate(update, options.BaseIri);
        if (options.ProtocolDataset is { IsEmpty: false } &&
            request.Operations.OfType<DeleteInsert>().Any(op => op.Using is not null || op.With is not null))
            throw new SparqlException("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH in the update (SPARQL Protocol §2.2.3)");
        Execute(request, options, cancellationToken);
    }

    /// <summary>Runs the operations of a parsed update request in order.</summary>
    public void Execute(UpdateRequest request, SparqlQueryOptions options, CancellationToken cancellationToken = default)
    {
        var executor = new UpdateExecutor(_store, _functions, _clock, options, cancellationToken);
        foreach (var op in request.Operations) executor.Execute(op, request.BaseIri);
    }
}
