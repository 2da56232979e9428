using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Rows with multiplicities for GROUP BY: when the last triple pattern of a BGP's plan binds only variables that nothing
/// above the group reads (instances of a class under COUNT, the attendees of a meeting under COUNT(?who)), its matches
/// need not become rows: the row before it stands for as many rows as the pattern has matches, which the index gives by
/// the size of its range. COUNT adds that weight, MIN/MAX/SAMPLE and DISTINCT aggregates see the row once; aggregates
/// that add values (SUM, AVG, GROUP_CONCAT without DISTINCT) keep the ordinary path.
/// </summary>
public sealed partial class QueryEvaluator
{
    /// <summary>Stands in a row for a variable of a collapsed pattern that only COUNT(?v) reads: bound, value unknown.</summary>
    private const int CountedPlaceholder = int.MaxValue;

    /// <summary>The group's input as (row, multiplicity) when the shortcut applies; null otherwise.</summary>
    private IEnumerable<(int[] Row, long Weight)>? WeightedRows(Group g, int[] seed, ActiveGraph graph)
    {
        var read = new HashSet<int>();
        var counted = new HashSet<int>();
        foreach (var k in g.Keys)
            foreach (var v in AlgebraVariables.Mentioned(k.Expression))
                if (_slots.TryGetSlot(v, out var s)) read.Add(s);
        foreach (var a in g.Aggregates.Select(b => b.Aggregate))
        {
            if (a.Argument is null)
            {
                if (a.Distinct) return null; // COUNT(DISTINCT *) reads every variable
                continue;
            }
            if (a.CustomIri is not null) return null;
            if (!a.Distinct && a.Function is AggregateFunction.Sum or AggregateFunction.Avg or AggregateFunction.GroupConcat) return null;
            // COUNT(?v) asks only whether ?v is bound, which every match of a collapsed pattern does for its variables.
            if (a.Function == AggregateFunction.Count && !a.Distinct && a.Argument is VariableExpression cv && _slots.TryGetSlot(cv.Name, out var cs))
            {
                counted.Add(cs);
                continue;
            }
            foreach (var v in AlgebraVariables.Mentioned(a.Argument))
                if (_slots.TryGetSlot(v, out var s)) read.Add(s);
        }
        counted.ExceptWith(read);
        return WeightedRows(g.Inner, seed, graph, new ReadSlots(read, counted));
    }

    /// <summary>Slots read above the group by value, and slots read only by COUNT(?v).</summary>
    private sealed record ReadSlots(HashSet<int> Read, HashSet<int> Counted);

    private IEnumerable<(int[] Row, long Weight)>? WeightedRows(AlgebraNode node, int[] seed, ActiveGraph graph, ReadSlots read)
    {
        switch (node)
        {
            case Bgp { Patterns.Count: > 0 } bgp:
                return WeightedBgp(bgp, seed, graph, read, null);
            case Filter { Inner: Bgp { Patterns.Count: > 0 } bgp } f when PushableConjuncts(f) is { } conjuncts:
                return WeightedBgp(bgp, PushEqualities(f, seed), graph, read, conjuncts);
            case Join j when j.Left is Bgp && j.Right is PathPattern { Subject: TermItem } or PathPattern { Object: TermItem }:
                return WeightedAfter(j.Right, j.Left, seed, graph, read);
            case Join j when j.Right is Bgp:
                return WeightedAfter(j.Left, j.Right, seed, graph, read);
            default:
                return null;
        }
    }

    /// <summary>The nested-loop join of EvaluateJoin, with the inner BGP collapsed per outer row.</summary>
    private IEnumerable<(int[] Row, long Weight)>? WeightedAfter(AlgebraNode outer, AlgebraNode inner, int[] seed, ActiveGraph graph, ReadSlots read)
    {
        if (inner is not Bgp bgp || bgp.Patterns.Count == 0 || CompiledFor(bgp).Impossible) return null;
        return Iterate();

        IEnumerable<(int[] Row, long Weight)> Iterate()
        {
            foreach (var l in Evaluate(outer, seed, graph))
            {
                var weighted = WeightedBgp(bgp, l, graph, read, null);
                if (weighted is null)
                {
                    foreach (var r in Evaluate(bgp, l, graph)) yield return (r, 1);
                    continue;
                }
                foreach (var x in weighted) yield return x;
            }
        }
    }

    private IEnumerable<(int[] Row, long Weight)>? WeightedBgp(Bgp bgp, int[] seed, ActiveGraph graph, ReadSlots read, PushedConjunct[]? filter)
    {
        var compiled = CompiledFor(bgp);
        if (compiled.Impossible) return Array.Empty<(int[], long)>();
        var plan = Plan(compiled, seed, graph);
        IEnumerator<EncodedQuad>? first = null;
        if (filter is not null && RangeStart(compiled, plan, seed, graph, filter) is { } range) (plan, first) = range;
        if (first is not null && plan.Length == 1) { first.Dispose(); return null; }
        var last = plan[^1];
        if (!Collapsible(plan, seed, read, out var marks)) { first?.Dispose(); return null; }
        var checks = filter is null ? null : Place(plan, seed, filter);
        if (checks?[^1] is not null) { first?.Dispose(); return null; }
        var prefix = plan[..^1];
        IEnumerable<int[]> rows = prefix.Length == 0 ? new[] { seed }
            : prefix.Length == 1 ? MatchOne(prefix[0], seed, graph, checks?[0], first)
            : MatchPlan(prefix, seed, graph, checks?[..^1], first);
        return Weigh(rows, last, graph, marks);
    }

    /// <summary>
    /// Whether the plan's last pattern may be counted instead of matched: every variable it binds anew (unbound by the
    /// seed and the patterns before it) is read by nothing above but COUNT(?v) and occurs once in it. The slots that
    /// COUNT(?v) reads are returned, to be marked bound in the rows that stand for the matches.
    /// </summary>
    private static bool Collapsible(CompiledPattern[] plan, int[] seed, ReadSlots read, out int[] marks)
    {
        marks = Array.Empty<int>();
        var last = plan[^1];
        int[] slots = [last.SSlot, last.PSlot, last.OSlot];
        for (int i = 0; i < slots.Length; i++)
        {
            int s = slots[i];
            if (s < 0 || seed[s] != 0) continue;
            bool earlier = false;
            for (int j = 0; j < plan.Length - 1 && !earlier; j++)
                earlier = plan[j].SSlot == s || plan[j].PSlot == s || plan[j].OSlot == s;
            if (earlier) continue;
            if (read.Read.Contains(s)) return false;
            for (int j = 0; j < i; j++) if (slots[j] == s) return false; // ?x :p ?x needs the matches themselves
            if (read.Counted.Contains(s)) marks = [.. marks, s];
        }
        return true;
    }

    private IEnumerable<(int[] Row, long Weight)> Weigh(IEnumerable<int[]> rows, CompiledPattern last, ActiveGraph graph, int[] marks)
    {
        foreach (var r in rows)
        {
            _guard.Tick();
            long n = CountMatches(last, r, graph);
            if (n == 0) continue;
            if (marks.Length == 0) { yield return (r, n); continue; }
            var row = (int[])r.Clone();
            foreach (var s in marks) row[s] = CountedPlaceholder;
            yield return (row, n);
        }
    }

    /// <summary>Matches of one pattern under a row: the size of an index range when the store's index is exact for the graph.</summary>
    private long CountMatches(CompiledPattern c, int[] row, ActiveGraph graph)
    {
        int s = c.SSlot >= 0 ? Bound(row[c.SSlot]) : c.S;
        int p = c.PSlot >= 0 ? Bound(row[c.PSlot]) : c.P;
        int o = c.OSlot >= 0 ? Bound(row[c.OSlot]) : c.O;
        if (s < TermDictionary.Any || p < TermDictionary.Any || o < TermDictionary.Any) return 0;
        var matches = graph.Cursor(_store, s, p, o);
        if (matches.KnownCount >= 0) return matches.KnownCount;
        long n = 0;
        foreach (var _ in matches)
        {
            _guard.Tick();
            n++;
        }
        return n;
    }
}
