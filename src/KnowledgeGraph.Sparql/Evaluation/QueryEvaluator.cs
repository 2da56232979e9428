using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates SPARQL algebra over a <see cref="MemoryStore"/> on term ids. Every operator is a lazy pipeline
/// of rows (int arrays, one slot per variable, 0 = unbound); operators that need a whole side (hash joins,
/// MINUS, ORDER BY, GROUP BY) materialise only that side.
///
/// <para>Evaluate(node, seed, graph) returns the solutions of node that are compatible with seed, extended from it:
/// with an empty seed that is ordinary evaluation; with a solution as seed it is the substitution that
/// EXISTS (§18.6) asks for. Joins whose right side is a pure pattern (BGP, path) use that to run as
/// index nested-loop joins; other joins hash the right side, so FILTER scoping stays as the spec says.</para>
/// </summary>
public sealed partial class QueryEvaluator
{
    private readonly MemoryStore _store;
    private readonly TermTable _terms;
    private readonly VariableSlots _slots;
    private readonly QueryGuard _guard;
    private readonly FunctionContext _functionContext;
    private readonly SparqlFunctionLibrary _functions;
    private readonly ActiveGraph _defaultGraph;
    private readonly int[]? _namedGraphs;
    private readonly EstimateCache? _estimates;
    private readonly ValueIndex? _values;
    private readonly LexicalIndex? _lexical;
    private readonly PredicateEnds? _ends;
    private readonly Dictionary<AlgebraNode, int[]> _certainCache = new(ReferenceEqualityComparer.Instance);

    public QueryEvaluator(MemoryStore store, VariableSlots slots, QueryGuard guard, FunctionContext functionContext,
        SparqlFunctionLibrary functions, ActiveGraph defaultGraph, int[]? namedGraphs, TermTable? terms = null,
        EstimateCache? estimates = null, ValueIndex? values = null, LexicalIndex? lexical = null, PredicateEnds? ends = null)
    {
        _lexical = lexical;
        _ends = ends;
        _estimates = estimates;
        _values = values;
        _store = store;
        _terms = terms ?? new TermTable(store);
        _slots = slots;
        _guard = guard;
        _functionContext = functionContext;
        _functions = functions;
        _defaultGraph = defaultGraph;
        _namedGraphs = namedGraphs;
    }

    public TermTable Terms => _terms;

    public VariableSlots Slots => _slots;

    public ActiveGraph DefaultGraph => _defaultGraph;

    public int[] NewRow() => new int[_slots.Count];

    public IEnumerable<int[]> Evaluate(AlgebraNode node) => Evaluate(node, NewRow(), _defaultGraph);

    public IEnumerable<int[]> Evaluate(AlgebraNode node, int[] seed, ActiveGraph graph) => node switch
    {
        Bgp b => EvaluateBgp(b, seed, graph),
        Join j => EvaluateJoin(j, seed, graph),
        LeftJoin lj => EvaluateLeftJoin(lj, seed, graph),
        Filter f => EvaluateFilter(f, seed, graph),
        Union u => Evaluate(u.Left, seed, graph).Concat(Evaluate(u.Right, seed, graph)),
        Minus m => EvaluateMinus(m, seed, graph),
        Algebra.Graph g => EvaluateGraph(g, seed, graph),
        Extend e => EvaluateExtend(e, seed, graph),
        Table t => EvaluateTable(t, seed),
        Project p => EvaluateProject(p, seed, graph),
        Distinct d => EvaluateDistinct(Evaluate(d.Inner, seed, graph)),
        // REDUCED permits but does not require removing duplicates; keeping them costs nothing and streams.
        Reduced r => Evaluate(r.Inner, seed, graph),
        OrderBy o => EvaluateOrderBy(o, seed, graph),
        Slice s => EvaluateSlice(s, seed, graph),
        Group g => EvaluateGroup(g, seed, graph),
        PathPattern pp => EvaluatePathPattern(pp, seed, graph),
        Service sv => sv.Silent
            ? new[] { seed }
            : throw new SparqlException("SERVICE is not supported: this engine does not call remote endpoints (use SERVICE SILENT to skip it)"),
        _ => throw new SparqlException($"unsupported algebra operator {node.GetType().Name}"),
    };

    // ---- compatibility and merging -------------------------------------------------------------

    private static bool Compatible(int[] a, int[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            int x = a[i], y = b[i];
            if (x != 0 && y != 0 && x != y) return false;
        }
        return true;
    }

    private static int[] Merge(int[] a, int[] b)
    {
        var r = (int[])a.Clone();
        for (int i = 0; i < r.Length; i++)
            if (r[i] == 0) r[i] = b[i];
        return r;
    }

    private static bool SharesBoundVariable(int[] a, int[] b)
    {
        for (int i = 0; i < a.Length; i++)
            if (a[i] != 0 && b[i] != 0) return true;
        return false;
    }

    /// <summary>Slots bound in every solution of a node, whatever the data: used as hash-join keys.</summary>
    private int[] CertainSlots(AlgebraNode node)
    {
        if (_certainCache.TryGetValue(node, out var cached)) return cached;
        IEnumerable<int> result = node switch
        {
            Bgp b => b.Patterns.SelectMany(p => p.Variables).Select(v => _slots.Slot(v)),
            PathPattern pp => new[] { pp.Subject, pp.Object }.OfType<Variable>().Select(v => _slots.Slot(v.Name)),
            Join j => CertainSlots(j.Left).Union(CertainSlots(j.Right)),
            LeftJoin lj => CertainSlots(lj.Left),
            Filter f => CertainSlots(f.Inner),
            Union u => CertainSlots(u.Left).Intersect(CertainSlots(u.Right)),
            Minus m => CertainSlots(m.Left),
            Algebra.Graph g => g.Name is Variable v ? CertainSlots(g.Inner).Append(_slots.Slot(v.Name)) : CertainSlots(g.Inner),
            Extend e => CertainSlots(e.Inner),
            Table t => t.Variables.Where((_, i) => t.Rows.All(r => r[i] is not null)).Select(v => _slots.Slot(v)),
            Project p => CertainSlots(p.Inner).Intersect(p.Variables.Select(v => _slots.Slot(v))),
            Distinct d => CertainSlots(d.Inner),
            Reduced r => CertainSlots(r.Inner),
            OrderBy o => CertainSlots(o.Inner),
            Slice s => CertainSlots(s.Inner),
            // A plain GROUP BY ?k binds ?k in a group's solution exactly when its members bind it.
            Group g => g.Keys.Where(k => k.Alias is null && k.Expression is VariableExpression)
                .Select(k => _slots.Slot(((VariableExpression)k.Expression).Name)).Intersect(CertainSlots(g.Inner)),
            _ => Array.Empty<int>(),
        };
        var arr = result.Distinct().OrderBy(x => x).ToArray();
        _certainCache[node] = arr;
        return arr;
    }

    /// <summary>
    /// Patterns whose evaluation under a seed equals their join with it, so they may run inside a nested loop:
    /// BGPs, paths, and filters over those whose variables the pattern itself always binds (such filters see the
    /// same values either way; EXISTS is left out because substitution would reach into it).
    /// </summary>
    private bool IsPurePattern(AlgebraNode node) => node switch
    {
        Bgp or PathPattern => true,
        Filter f => IsPurePattern(f.Inner) && !ExpressionQueries.ContainsExists(f.Condition)
            && AlgebraVariables.Mentioned(f.Condition).All(v => _slots.TryGetSlot(v, out var slot) && Array.BinarySearch(CertainSlots(f.Inner), slot) >= 0),
        _ => false,
    };

    // ---- joins ---------------------------------------------------------------------------------

    private readonly Dictionary<AlgebraNode, bool> _emptyCache = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether a node has no solution whatever the seed because a BGP it needs names a constant the store does not
    /// hold: a join with it is empty, so its other side (a scan, a sub-query) need not run at all.
    /// </summary>
    private bool IsCertainlyEmpty(AlgebraNode node)
    {
        if (_emptyCache.TryGetValue(node, out var cached)) return cached;
        bool empty = node switch
        {
            Bgp { Patterns.Count: > 0 } b => CompiledFor(b).Impossible,
            Join j => IsCertainlyEmpty(j.Left) || IsCertainlyEmpty(j.Right),
            LeftJoin lj => IsCertainlyEmpty(lj.Left),
            Minus m => IsCertainlyEmpty(m.Left),
            Union u => IsCertainlyEmpty(u.Left) && IsCertainlyEmpty(u.Right),
            Filter f => IsCertainlyEmpty(f.Inner),
            Extend e => IsCertainlyEmpty(e.Inner),
            Project p => IsCertainlyEmpty(p.Inner),
            Distinct d => IsCertainlyEmpty(d.Inner),
            Reduced r => IsCertainlyEmpty(r.Inner),
            OrderBy o => IsCertainlyEmpty(o.Inner),
            Slice sl => IsCertainlyEmpty(sl.Inner),
            // A grouping without keys has one group even over no rows.
            Group g => g.Keys.Count > 0 && IsCertainlyEmpty(g.Inner),
            _ => false,
        };
        _emptyCache[node] = empty;
        return empty;
    }

    private IEnumerable<int[]> EvaluateJoin(Join j, int[] seed, ActiveGraph graph)
    {
        if (IsCertainlyEmpty(j.Right) || IsCertainlyEmpty(j.Left)) return Array.Empty<int[]>();
        if (j.Left is Bgp && j.Right is PathPattern { Subject: TermItem } or PathPattern { Object: TermItem })
            // A path anchored on a constant is usually far more selective than the BGP beside it: run it first (join commutes).
            return Evaluate(j.Right, seed, graph).SelectMany(r => Evaluate(j.Left, r, graph));
        if (j.Left is Bgp { Patterns.Count: > 0 } lb && j.Right is PathPattern rp && AnchoredBySeed(rp, seed)
            && !CompiledFor(lb).Slots.Any(s => seed[s] != 0))
            // The same for a path whose end the seed binds (a name looked up, a VALUES row) beside a BGP the seed does not touch.
            return Evaluate(j.Right, seed, graph).SelectMany(r => Evaluate(j.Left, r, graph));
        if (IsPurePattern(j.Right))
            return Evaluate(j.Left, seed, graph).SelectMany(l => Evaluate(j.Right, l, graph));
        return HashJoin(j.Left, j.Right, seed, graph);
    }

    private bool AnchoredBySeed(PathPattern p, int[] seed) =>
        p.Subject is Variable s && _slots.TryGetSlot(s.Name, out var ss) && seed[ss] != 0
        || p.Object is Variable o && _slots.TryGetSlot(o.Name, out var os) && seed[os] != 0;

    private IEnumerable<int[]> HashJoin(AlgebraNode leftNode, AlgebraNode rightNode, int[] seed, ActiveGraph graph)
    {
        var keys = CertainSlots(leftNode).Intersect(CertainSlots(rightNode)).ToArray();
        // The left side is opened first: when it has no solution the right side is never built.
        using var left = Evaluate(leftNode, seed, graph).GetEnumerator();
        if (!left.MoveNext()) yield break;
        var right = new HashTable(keys);
        foreach (var r in Evaluate(rightNode, seed, graph))
        {
            _guard.Retain();
            right.Add(r);
        }
        if (right.Count == 0) yield break;
        do
        {
            var l = left.Current;
            foreach (var r in right.Candidates(l))
            {
                _guard.Tick();
                if (Compatible(l, r)) yield return Merge(l, r);
            }
        }
        while (left.MoveNext());
    }

    private IEnumerable<int[]> EvaluateLeftJoin(LeftJoin lj, int[] seed, ActiveGraph graph)
    {
        if (IsPurePattern(lj.Right))
        {
            // OPTIONAL { BGP FILTER(c) }: each row of the right side under l is already the merged row, so c may be
            // checked inside the BGP's loop as soon as its variables are bound, as for a FILTER over a BGP.
            var inside = lj.Condition is not null && lj.Right is Bgp { Patterns.Count: > 0 } ? PushableConjuncts(lj, lj.Condition) : null;
            foreach (var l in Evaluate(lj.Left, seed, graph))
            {
                bool found = false;
                foreach (var r in inside is null ? Evaluate(lj.Right, l, graph) : EvaluateBgp((Bgp)lj.Right, l, graph, inside))
                {
                    if (inside is null && lj.Condition is not null && EffectiveBoolean(lj.Condition, r, graph) != true) continue;
                    found = true;
                    yield return r;
                }
                if (!found) yield return l;
            }
            yield break;
        }
        var keys = CertainSlots(lj.Left).Intersect(CertainSlots(lj.Right)).ToArray();
        // As for joins: no left solution, no need of the optional side.
        using var left = Evaluate(lj.Left, seed, graph).GetEnumerator();
        if (!left.MoveNext()) yield break;
        var right = new HashTable(keys);
        foreach (var r in Evaluate(lj.Right, seed, graph))
        {
            _guard.Retain();
            right.Add(r);
        }
        do
        {
            var l = left.Current;
            bool found = false;
            foreach (var r in right.Candidates(l))
            {
                _guard.Tick();
                if (!Compatible(l, r)) continue;
                var merged = Merge(l, r);
                if (lj.Condition is not null && EffectiveBoolean(lj.Condition, merged, graph) != true) continue;
                found = true;
                yield return merged;
            }
            if (!found) yield return l;
        }
        while (left.MoveNext());
    }

    private IEnumerable<int[]> EvaluateMinus(Minus m, int[] seed, ActiveGraph graph)
    {
        // A right side that can share no variable with the left rows removes nothing (§18.5: dom(μ) ∩ dom(μ') = ∅).
        if (!SlotsOf(AlgebraVariables.InScope(m.Right)).Any(s => seed[s] != 0 || SlotsOf(AlgebraVariables.InScope(m.Left)).Contains(s)))
            return Evaluate(m.Left, seed, graph);
        return MinusRows(m, seed, graph);
    }

    private IEnumerable<int[]> MinusRows(Minus m, int[] seed, ActiveGraph graph)
    {
        var keys = CertainSlots(m.Left).Intersect(CertainSlots(m.Right)).ToArray();
        var right = new HashTable(keys);
        // MINUS does not substitute: its right side is evaluated on its own (§18.5).
        foreach (var r in Evaluate(m.Right, NewRow(), graph))
        {
            _guard.Retain();
            right.Add(r);
        }
        foreach (var l in Evaluate(m.Left, seed, graph))
        {
            bool removed = false;
            foreach (var r in right.Candidates(l))
            {
                _guard.Tick();
                if (Compatible(l, r) && SharesBoundVariable(l, r)) { removed = true; break; }
            }
            if (!removed) yield return l;
        }
    }

    /// <summary>Right-hand side of a hash join, bucketed by the values of the key slots.</summary>
    private sealed class HashTable(int[] keys)
    {
        private readonly Dictionary<int[], List<int[]>> _buckets = new(RowComparer.Instance);
        private readonly List<int[]> _all = new();

        public int Count => _all.Count;

        public void Add(int[] row)
        {
            _all.Add(row);
            if (keys.Length == 0) return;
            var key = Key(row);
            if (key is null) return;
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = new List<int[]>();
            list.Add(row);
        }

        private int[]? Key(int[] row)
        {
            var k = new int[keys.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                k[i] = row[keys[i]];
                if (k[i] == 0) return null;
            }
            return k;
        }

        public IReadOnlyList<int[]> Candidates(int[] left)
        {
            if (keys.Length == 0) return _all;
            var key = Key(left);
            if (key is null) return _all;
            return _buckets.TryGetValue(key, out var list) ? list : Array.Empty<int[]>();
        }
    }

    // ---- filters, extend, tables ---------------------------------------------------------------

    private IEnumerable<int[]> EvaluateFilter(Filter f, int[] seed, ActiveGraph graph)
    {
        if (EvaluateSetJoin(f, seed, graph) is { } joined) return joined;
        if (EvaluateByString(f, seed, graph) is { } found) return found;
        if (EvaluateValuesFilter(f, seed, graph) is { } valued) return valued;
        if (f.Inner is Bgp { Patterns.Count: > 0 } bgp && PushableConjuncts(f) is { } conjuncts)
            return EvaluateBgp(bgp, PushEqualities(f, seed), graph, conjuncts);
        return FilterRows(f, seed, graph);
    }

    private IEnumerable<int[]> FilterRows(Filter f, int[] seed, ActiveGraph graph)
    {
        foreach (var r in Evaluate(f.Inner, PushEqualities(f, seed), graph))
        {
            _guard.Tick();
            if (EffectiveBoolean(f.Condition, r, graph) == true) yield return r;
        }
    }

    /// <summary>
    /// FILTER(?v = &lt;iri&gt;) or sameTerm(?v, term) over a pattern made only of triple and path patterns, where ?v is
    /// bound in every solution, keeps exactly the solutions with that term: binding ?v before matching gives the same
    /// answer from the indexes instead of a scan. (For literals '=' compares values, so only IRIs qualify there.)
    /// </summary>
    private int[] PushEqualities(Filter f, int[] seed)
    {
        if (!IsPatternTree(f.Inner)) return seed;
        int[]? result = null;
        foreach (var (name, node) in EqualityConjuncts(f.Condition))
        {
            if (!_slots.TryGetSlot(name, out var slot) || seed[slot] != 0) continue;
            if (Array.BinarySearch(CertainSlots(f.Inner), slot) < 0) continue;
            result ??= (int[])seed.Clone();
            if (result[slot] == 0) result[slot] = _terms.Encode(node);
        }
        return result ?? seed;
    }

    private static bool IsPatternTree(AlgebraNode node) => node switch
    {
        Bgp or PathPattern => true,
        Join j => IsPatternTree(j.Left) && IsPatternTree(j.Right),
        _ => false,
    };

    private static IEnumerable<(string Variable, INode Term)> EqualityConjuncts(Expression e)
    {
        switch (e)
        {
            case BinaryExpression { Operator: BinaryOperator.And } and:
                foreach (var x in EqualityConjuncts(and.Left)) yield return x;
                foreach (var x in EqualityConjuncts(and.Right)) yield return x;
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal, Left: VariableExpression v, Right: ConstantExpression { Value: IUriNode c } }:
                yield return (v.Name, c);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal, Left: ConstantExpression { Value: IUriNode c }, Right: VariableExpression v }:
                yield return (v.Name, c);
                break;
            case BuiltInCall { Name: "SAMETERM" } call when call.Arguments is [VariableExpression v, ConstantExpression c]:
                yield return (v.Name, c.Value);
                break;
            case BuiltInCall { Name: "SAMETERM" } call when call.Arguments is [ConstantExpression c, VariableExpression v]:
                yield return (v.Name, c.Value);
                break;
        }
    }

    private IEnumerable<int[]> EvaluateExtend(Extend e, int[] seed, ActiveGraph graph)
    {
        // A chain of BINDs / SELECT expressions is one solution's worth of work: BNODE("x") must give the same
        // node throughout it, so the chain is evaluated together, innermost first.
        var chain = new List<Extend> { e };
        AlgebraNode inner = e.Inner;
        while (inner is Extend x)
        {
            chain.Add(x);
            inner = x.Inner;
        }
        chain.Reverse();
        var slots = chain.Select(x => _slots.Slot(x.Variable)).ToArray();
        // BIND(f(?d)) with f deterministic and ?d its only variable (SUBSTR(STR(?date), 1, 7), YEAR(?d)…) has one value
        // per term of ?d: computed once per distinct term, not once per row.
        var memos = chain.Select(x => SingleVariableSlot(x.Expression) is int s ? new ExtendMemo(s) : null).ToArray();
        foreach (var r in Evaluate(inner, seed, graph))
        {
            _guard.Tick();
            _functionContext.BeginSolution();
            int[]? row = r;
            for (int i = 0; i < chain.Count && row is not null; i++)
                row = ExtendRow(row, slots[i], chain[i].Expression, graph, memos[i]);
            if (row is not null) yield return row;
        }
    }

    private sealed record ExtendMemo(int Slot)
    {
        public Dictionary<int, int> Ids { get; } = new();
    }

    /// <summary>The slot of the one variable of a deterministic expression without EXISTS; null otherwise.</summary>
    private int? SingleVariableSlot(Expression e)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!IsMovable(e, names) || names.Count != 1 || !_slots.TryGetSlot(names.First(), out var slot)) return null;
        return slot;
    }

    /// <summary>Binds one variable on one row; null when the row must be dropped (a seed disagrees).</summary>
    private int[]? ExtendRow(int[] r, int slot, Expression expression, ActiveGraph graph, ExtendMemo? memo = null)
    {
        int id;
        if (expression is VariableExpression plain && _slots.TryGetSlot(plain.Name, out var from))
        {
            // (COUNT(?x) AS ?n) binds ?n to the aggregate's hidden variable: copy the id, nothing to evaluate.
            id = r[from];
            if (id == 0) return r;
        }
        else if (memo is not null)
        {
            int input = r[memo.Slot];
            if (!memo.Ids.TryGetValue(input, out id))
                memo.Ids[input] = id = EvaluateExpression(expression, r, graph) is { } v ? _terms.Encode(v) : 0;
            if (id == 0) return r;
        }
        else
        {
            var value = EvaluateExpression(expression, r, graph);
            if (value is null) return r;
            id = _terms.Encode(value);
        }
        if (r[slot] != 0)
            // Only possible under a seed (EXISTS substitution): keep solutions that agree.
            return r[slot] == id ? r : null;
        var copy = (int[])r.Clone();
        copy[slot] = id;
        return copy;
    }

    private IEnumerable<int[]> EvaluateTable(Table t, int[] seed)
    {
        var slots = t.Variables.Select(v => _slots.Slot(v)).ToArray();
        foreach (var row in t.Rows)
        {
            var r = (int[])seed.Clone();
            bool ok = true;
            for (int i = 0; i < slots.Length && ok; i++)
            {
                if (row[i] is not { } node) continue;
                int id = _terms.Encode(node);
                if (r[slots[i]] == 0) r[slots[i]] = id;
                else if (r[slots[i]] != id) ok = false;
            }
            if (ok) yield return r;
        }
    }

    // ---- solution modifiers --------------------------------------------------------------------

    private IEnumerable<int[]> EvaluateProject(Project p, int[] seed, ActiveGraph graph)
    {
        var keep = p.Variables.Select(v => _slots.Slot(v)).ToArray();
        foreach (var r in Evaluate(p.Inner, seed, graph))
        {
            var row = NewRow();
            foreach (var s in keep) row[s] = r[s];
            yield return row;
        }
    }

    private IEnumerable<int[]> EvaluateDistinct(IEnumerable<int[]> source)
    {
        var seen = new HashSet<int[]>(RowComparer.Instance);
        foreach (var r in source)
        {
            _guard.Tick();
            if (seen.Add(r))
            {
                _guard.Retain();
                yield return r;
            }
        }
    }

    private IEnumerable<int[]> EvaluateSlice(Slice s, int[] seed, ActiveGraph graph)
    {
        // ORDER BY under LIMIT (through projections, which keep order and count) only needs the first
        // offset + limit rows: the sort keeps those in a bounded heap instead of sorting every row.
        if (s.Limit is { } top && s.Offset + top <= int.MaxValue)
        {
            var node = s.Inner;
            while (node is Project p) node = p.Inner;
            if (node is OrderBy o) _topK[o] = (int)(s.Offset + top);
        }
        IEnumerable<int[]> source = Evaluate(s.Inner, seed, graph);
        if (s.Offset > 0) source = source.Skip((int)Math.Min(s.Offset, int.MaxValue));
        if (s.Limit is { } limit) source = source.Take((int)Math.Min(limit, int.MaxValue));
        return source;
    }

    /// <summary>ORDER BY nodes under a LIMIT: how many rows of the sorted sequence are ever read.</summary>
    private readonly Dictionary<OrderBy, int> _topK = new(ReferenceEqualityComparer.Instance);

    // ---- graphs --------------------------------------------------------------------------------

    private int[]? _allNamedGraphs;

    /// <summary>The named graphs of the dataset, as ids.</summary>
    private int[] NamedGraphIds() => _namedGraphs ?? (_allNamedGraphs ??= _store.GraphNames.Select(n => _store.Terms.Lookup(n)).ToArray());

    private IEnumerable<int[]> EvaluateGraph(Algebra.Graph g, int[] seed, ActiveGraph graph)
    {
        var named = NamedGraphIds();
        if (g.Name is TermItem t)
        {
            int id = _store.Terms.Lookup(t.Node);
            if (id == 0 || Array.IndexOf(named, id) < 0) return Array.Empty<int[]>();
            return Evaluate(g.Inner, seed, ActiveGraph.Of(id));
        }
        int slot = _slots.Slot(((Variable)g.Name).Name);
        if (seed[slot] != 0)
        {
            int id = seed[slot];
            if (Array.IndexOf(named, id) < 0) return Array.Empty<int[]>();
            return Evaluate(g.Inner, seed, ActiveGraph.Of(id));
        }
        return EvaluateEachGraph(g.Inner, seed, named, slot);
    }

    private IEnumerable<int[]> EvaluateEachGraph(AlgebraNode inner, int[] seed, int[] named, int slot)
    {
        foreach (var id in named)
        {
            // The graph variable is joined after evaluating the inner pattern, not substituted into it (§18.6 Graph).
            foreach (var r in Evaluate(inner, seed, ActiveGraph.Of(id)))
            {
                if (r[slot] == id) yield return r;
                else if (r[slot] == 0)
                {
                    // A sub-query inside GRAPH ?g projects ?g away; the graph binding still applies.
                    var copy = (int[])r.Clone();
                    copy[slot] = id;
                    yield return copy;
                }
            }
        }
    }
}
