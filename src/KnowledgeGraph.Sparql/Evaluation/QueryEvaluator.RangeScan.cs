using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>
    /// A BGP under a range FILTER on the object of one of its patterns (?a schema:datePublished ?d FILTER(?d &gt;=
    /// "2023-03-01"^^xsd:date &amp;&amp; ?d &lt; "2023-04-01"^^xsd:date)): when the value index says the range holds
    /// fewer matches than the plan's first step would read, the plan starts with that pattern and reads only the
    /// objects in the range; the other patterns are ordered as if its variables were bound. The FILTER is still
    /// checked on every row, so the answer is the same; only top-level BGPs (no seed binding) are considered, since a
    /// BGP evaluated per outer row is better served by the bound lookup.
    /// </summary>
    private (CompiledPattern[] Plan, IEnumerator<EncodedQuad> First)? RangeStart(CompiledBgp bgp, CompiledPattern[] plan,
        int[] seed, ActiveGraph graph, PushedConjunct[] filter)
    {
        if (_values is null || bgp.Slots.Any(s => seed[s] != 0)) return null;
        // Worth it only when clearly smaller than what the planned first step reads.
        double limit = EstimatePattern(plan[0], graph) / 2.0;
        (CompiledPattern Pattern, ArraySegment<int> Ids)? best = null;
        foreach (var c in bgp.Patterns)
        {
            if (c.PSlot >= 0 || c.P <= 0 || c.OSlot < 0 || c.SSlot == c.OSlot) continue;
            if (RangeOf(c.OSlot, filter) is not { } range) continue;
            var (ids, distinct) = _values.Candidates(c.P, range.Space, range.Low, range.High);
            double cost = ids.Count * (double)EstimatePattern(c, graph) / Math.Max(1, distinct);
            if (cost < limit) (best, limit) = ((c, ids), cost);
        }
        if (best is not { } chosen) return null;
        var assumed = (int[])seed.Clone();
        assumed[chosen.Pattern.OSlot] = int.MaxValue;
        if (chosen.Pattern.SSlot >= 0) assumed[chosen.Pattern.SSlot] = int.MaxValue;
        var rest = Plan(bgp, assumed, graph).ToList();
        rest.RemoveAt(rest.IndexOf(chosen.Pattern));
        _explain?.Add($"range scan first: {Describe(chosen.Pattern)} over {chosen.Ids.Count} object value(s) in the FILTER's range");
        return ([chosen.Pattern, .. rest], MatchObjects(chosen.Pattern, chosen.Ids, graph));
    }

    private IEnumerator<EncodedQuad> MatchObjects(CompiledPattern c, ArraySegment<int> objects, ActiveGraph graph)
    {
        int s = c.SSlot >= 0 ? TermDictionary.Any : c.S;
        foreach (var o in objects)
            foreach (var q in graph.Cursor(_store, s, c.P, o))
                yield return q;
    }

    /// <summary>
    /// Bounds on one variable from FILTER conjuncts ?v &lt; c, ?v &lt;= c, ?v &gt; c, ?v &gt;= c (either way round) with c a
    /// number, xsd:date or xsd:dateTime, as inclusive value-index keys; date bounds widened by the timezone slack.
    /// </summary>
    private static (ValueIndex.Space Space, double Low, double High)? RangeOf(int slot, PushedConjunct[] filter)
    {
        ValueIndex.Space? space = null;
        double low = double.NegativeInfinity, high = double.PositiveInfinity;
        foreach (var c in filter)
        {
            if (c.Slots.Length != 1 || c.Slots[0] != slot || c.Condition is not BinaryExpression b) continue;
            BinaryOperator op;
            ConstantExpression k;
            if (b.Left is VariableExpression && b.Right is ConstantExpression rk) (op, k) = (b.Operator, rk);
            else if (b.Left is ConstantExpression lk && b.Right is VariableExpression) (op, k) = (Flip(b.Operator), lk);
            else continue;
            if (op is not (BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual)) continue;
            if (!ValueIndex.TryKey(k.Value, out var sp, out var key)) continue;
            // Bounds of two spaces cannot both hold: leave such a filter to the ordinary scan.
            if (space is { } seen && seen != sp) return null;
            space = sp;
            double slack = sp == ValueIndex.Space.Numeric ? 0 : ValueIndex.TimezoneSlack;
            if (op is BinaryOperator.Greater or BinaryOperator.GreaterOrEqual) low = Math.Max(low, key - slack);
            else high = Math.Min(high, key + slack);
        }
        return space is { } s ? (s, low, high) : null;
    }

    private static BinaryOperator Flip(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };
}
