using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>Notes made by the planner while <see cref="Explain"/> runs (null otherwise, so evaluation pays nothing).</summary>
    private List<string>? _explain;

    /// <summary>
    /// The plan the evaluator would follow for an optimised algebra tree, one operator per line, indented by depth:
    /// each BGP's join order with the estimated matches of every pattern, the strategy of every join (index nested
    /// loop or hash join and its keys), FILTERs checked inside BGP loops, range scans on the value index, how GROUP BY
    /// aggregates and whether ORDER BY keeps a top-k heap. Nothing is evaluated; BGPs are planned as at top level
    /// (nested-loop steps are re-planned per outer row with their bound variables).
    /// </summary>
    public string Explain(AlgebraNode node)
    {
        _explain = new List<string>();
        var sb = new StringBuilder();
        try
        {
            Walk(node, 0, sb);
        }
        finally
        {
            _explain = null;
        }
        return sb.ToString();
    }

    private void Walk(AlgebraNode node, int depth, StringBuilder sb)
    {
        void Line(string text) => sb.Append(' ', depth * 2).Append(text).Append('\n');
        var seed = NewRow();
        switch (node)
        {
            case Bgp b:
                WalkBgp(b, null, depth, sb);
                return;
            case Filter { Inner: Bgp { Patterns.Count: > 0 } fb } f when PushableConjuncts(f) is { } conjuncts:
                Line($"Filter checked inside the BGP loop as soon as its variables are bound: {AlgebraPrinter.Print(f.Condition)}");
                WalkBgp(fb, conjuncts, depth + 1, sb);
                return;
            case Filter f when SetJoinOf(f) is { } join && SharedKeys(join, seed) is { } shared:
                Line($"{(join.Exists.Negated ? "Anti" : "Semi")}-join on {(shared.Length == 0 ? "no shared variable (one test for all rows)" : Keys(shared))}: {AlgebraPrinter.Print(f.Condition)}"
                     + $" (the pattern is evaluated once into a hash set after {SetJoinThreshold} rows, then one lookup per row"
                     + (join.Rest is null ? ")" : $"; then {AlgebraPrinter.Print(join.Rest)})"));
                Walk(join.Outer, depth + 1, sb);
                Walk(join.Exists.Pattern, depth + 1, sb);
                return;
            case Filter f:
                Line($"Filter {AlgebraPrinter.Print(f.Condition)}");
                break;
            case Join j:
                if (j.Left is Bgp && j.Right is PathPattern { Subject: TermItem } or PathPattern { Object: TermItem })
                    Line("Join: path anchored on a constant first, then the BGP per path row (index nested loop)");
                else if (IsPurePattern(j.Right))
                    Line("Join: index nested loop (the right side is matched once per left row, with its bindings)");
                else
                    Line($"Join: hash join on {Keys(CertainSlots(j.Left).Intersect(CertainSlots(j.Right)))} (right side built once)");
                break;
            case LeftJoin lj:
                var condition = lj.Condition is null ? "" : $", condition {AlgebraPrinter.Print(lj.Condition)}";
                if (IsPurePattern(lj.Right))
                    Line($"LeftJoin (OPTIONAL): index nested loop per left row{condition}"
                         + (lj.Condition is not null && lj.Right is Bgp && PushableConjuncts(lj, lj.Condition) is not null ? " checked inside the optional BGP's loop" : ""));
                else
                    Line($"LeftJoin (OPTIONAL): hash join on {Keys(CertainSlots(lj.Left).Intersect(CertainSlots(lj.Right)))}{condition}");
                break;
            case Group g:
                var aggregates = string.Join(", ", g.Aggregates.Select(a => AlgebraPrinter.Print(a.Aggregate)));
                var keys = string.Join(", ", g.Keys.Select(k => AlgebraPrinter.Print(k.Expression)));
                if (CountsOnOnePattern(g, seed, _defaultGraph) is not null)
                {
                    Line($"Group by {keys}: counted straight off the index matches of the single pattern ({aggregates})");
                    return;
                }
                if (GatedShape(g, seed, _defaultGraph) is var (counted, _, _, _, _))
                {
                    Line($"Group by {(keys.Length == 0 ? "(one group)" : keys)}: gated count ({aggregates})");
                    Line($"  counted straight off the index matches of {Describe(counted)}, each tested against the other pattern's matches as a bit set: no rows, no probes"
                         + (g.Aggregates.Any(a => a.Aggregate.Distinct && a.Aggregate.Argument is not null) ? "; DISTINCT values kept in a set" : ""));
                    return;
                }
                Line($"Group by {(keys.Length == 0 ? "(one group)" : keys)}: hash table on key ids, aggregates folded in one pass ({aggregates})");
                if (CountByFunctionOfOneVariable(g, seed, _defaultGraph) is not null)
                    Line("  counted per term of the key function's one variable first, the function then evaluated once per term");
                if (CountOverSetJoin(g, seed, _defaultGraph) is not null)
                    Line("  counted off the index matches of the outer pattern, each tested against the (anti-)join's key set: no rows");
                if (WeightedRows(g, seed, _defaultGraph) is not null)
                    Line("  rows weighted: the last pattern of the plan is counted off the index, not matched row by row");
                break;
            case OrderBy o:
                var order = string.Join(", ", o.Conditions.Select(c => (c.Descending ? "DESC " : "") + AlgebraPrinter.Print(c.Expression)));
                if (_topK.TryGetValue(o, out var k) && SortBeforeJoin(o) is var (sorted, right))
                {
                    Line($"OrderBy {order}: left rows sorted before the join, right side matched only until {k} rows are out");
                    Walk(sorted.Inner, depth + 1, sb);
                    Walk(right, depth + 1, sb);
                    return;
                }
                Line(_topK.TryGetValue(o, out k) ? $"OrderBy {order}: top-{k} in a bounded heap" : $"OrderBy {order}: full sort");
                break;
            case Slice s:
                Line($"Slice offset {s.Offset}{(s.Limit is { } l ? $" limit {l}" : "")}");
                if (s.Limit is { } top && s.Offset + top <= int.MaxValue)
                {
                    var inner = s.Inner;
                    while (inner is Project p) inner = p.Inner;
                    if (inner is OrderBy ob) _topK[ob] = (int)(s.Offset + top);
                }
                break;
            case Project p:
                Line($"Project {string.Join(" ", p.Variables.Select(v => "?" + v))}");
                break;
            case Extend e:
                Line($"Extend ?{e.Variable} := {AlgebraPrinter.Print(e.Expression)}");
                break;
            case PathPattern pp:
                Line($"Path {AlgebraPrinter.Print(pp).Trim()}");
                return;
            default:
                Line(node.GetType().Name);
                break;
        }
        foreach (var child in Children(node)) Walk(child, depth + 1, sb);
    }

    private void WalkBgp(Bgp b, PushedConjunct[]? conjuncts, int depth, StringBuilder sb)
    {
        void Line(string text) => sb.Append(' ', depth * 2).Append(text).Append('\n');
        if (b.Patterns.Count == 0) { Line("BGP (empty)"); return; }
        var compiled = CompiledFor(b);
        if (compiled.Impossible) { Line("BGP: a constant is not in the store, no match"); return; }
        var seed = NewRow();
        var plan = Plan(compiled, seed, _defaultGraph);
        _explain!.Clear();
        if (conjuncts is not null && RangeStart(compiled, plan, seed, _defaultGraph, conjuncts) is { } range) plan = range.Plan;
        Line($"BGP, join order (estimated matches of each pattern alone){(plan.Length > 1 ? ", index nested loops" : "")}:");
        foreach (var note in _explain) Line("  " + note);
        if (compiled.Notes.TryGetValue(0, out var sampled)) Line("  " + sampled);
        for (int i = 0; i < plan.Length; i++)
            Line($"  {i + 1}. {Describe(plan[i])}  ~{EstimatePattern(plan[i], _defaultGraph).ToString("N0", CultureInfo.InvariantCulture)}");
    }

    private string Describe(CompiledPattern c)
    {
        string Item(int id, int slot) => slot >= 0 ? "?" + _slots.Names[slot] : id > 0 ? _terms.Decode(id).ToNTriples() : "(absent)";
        return $"{Item(c.S, c.SSlot)} {Item(c.P, c.PSlot)} {Item(c.O, c.OSlot)}";
    }

    private string Keys(IEnumerable<int> slots)
    {
        var names = slots.Select(s => "?" + _slots.Names[s]).ToList();
        return names.Count == 0 ? "no common variable (cross product)" : string.Join(", ", names);
    }

    private static IEnumerable<AlgebraNode> Children(AlgebraNode node) => node switch
    {
        Filter f => [f.Inner],
        Join j => [j.Left, j.Right],
        LeftJoin lj => [lj.Left, lj.Right],
        Union u => [u.Left, u.Right],
        Minus m => [m.Left, m.Right],
        Algebra.Graph g => [g.Inner],
        Extend e => [e.Inner],
        Project p => [p.Inner],
        Distinct d => [d.Inner],
        Reduced r => [r.Inner],
        OrderBy o => [o.Inner],
        Slice s => [s.Inner],
        Group g => [g.Inner],
        _ => [],
    };
}
