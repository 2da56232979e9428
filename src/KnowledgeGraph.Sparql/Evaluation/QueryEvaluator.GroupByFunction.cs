using System.Runtime.InteropServices;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// GROUP BY a function of one variable with only COUNTs (meetings per month:
/// <c>BIND(SUBSTR(STR(?d), 1, 7) AS ?month) … GROUP BY ?month</c>, or <c>GROUP BY (YEAR(?d) AS ?y)</c>): rows are first
/// counted per term of that variable, a plain int key, and the function is evaluated once per distinct term, whose
/// counts are then added into its group. The function's value is never bound row by row, so no row is copied for it.
/// </summary>
public sealed partial class QueryEvaluator
{
    /// <summary>The grouped rows when the group has that shape; null otherwise.</summary>
    private IEnumerable<int[]>? CountByFunctionOfOneVariable(Group g, int[] seed, ActiveGraph graph)
    {
        if (g.Keys.Count != 1 || CountSlots(g) is not { } countSlots) return null;
        var key = g.Keys[0];
        Expression function;
        AlgebraNode inner;
        int keySlot = -1; // the slot the group key's value is bound to in the output rows, when any
        int boundKey = -1; // the BIND's variable, bound in the group's rows (an alias is bound only after grouping)
        if (key.Expression is VariableExpression kv && g.Inner is Extend e && e.Variable == kv.Name && e.Inner is not Extend)
        {
            (function, inner) = (e.Expression, e.Inner);
            keySlot = boundKey = _slots.Slot(kv.Name);
        }
        else if (key.Expression is not VariableExpression)
        {
            (function, inner) = (key.Expression, g.Inner);
            if (key.Alias is { } alias) keySlot = _slots.Slot(alias);
        }
        else return null;
        if (SingleVariableSlot(function) is not int from || from == keySlot || keySlot >= 0 && seed[keySlot] != 0) return null;
        // COUNT(*), COUNT(?key) of the BIND's variable and COUNT(?v) of any other variable, read per row.
        var read = new HashSet<int> { from };
        var counted = new HashSet<int>();
        foreach (var s in countSlots)
            if (s >= 0 && s != boundKey) counted.Add(s);
        counted.ExceptWith(read);
        var rows = WeightedRows(inner, seed, graph, new ReadSlots(read, counted)) ?? Evaluate(inner, seed, graph).Select(r => (r, 1L));
        return Count();

        IEnumerable<int[]> Count()
        {
            int width = countSlots.Length;
            // Phase 1: per term of the variable, one count per aggregate (COUNT(?key) is settled in phase 2).
            var byTerm = new Dictionary<int, int>();
            var terms = new List<int>();
            var counts = new long[Math.Max(width, 1) * 64];
            foreach (var (r, weight) in rows)
            {
                _guard.Tick();
                ref int at = ref CollectionsMarshal.GetValueRefOrAddDefault(byTerm, r[from], out bool exists);
                if (!exists)
                {
                    at = terms.Count;
                    terms.Add(r[from]);
                    if (terms.Count * width > counts.Length) Array.Resize(ref counts, counts.Length * 2);
                    _guard.Retain();
                }
                for (int i = 0; i < width; i++)
                    if (countSlots[i] < 0 || countSlots[i] == boundKey || r[countSlots[i]] != 0) counts[at * width + i] += weight;
            }
            // Phase 2: the function once per term; terms with the same value share a group (an error is the unbound key).
            var groups = new Dictionary<int, long[]>();
            var order = new List<int>();
            var row = NewRow();
            for (int t = 0; t < terms.Count; t++)
            {
                row[from] = terms[t];
                _functionContext.BeginSolution();
                int id = EvaluateExpression(function, row, graph) is { } v ? _terms.Encode(v) : 0;
                if (!groups.TryGetValue(id, out var sums))
                {
                    groups[id] = sums = new long[width];
                    order.Add(id);
                }
                for (int i = 0; i < width; i++)
                    if (countSlots[i] != boundKey || countSlots[i] < 0 || id != 0) sums[i] += counts[t * width + i];
            }
            var aggSlots = g.Aggregates.Select(a => _slots.Slot(a.Variable)).ToArray();
            foreach (var id in order)
            {
                var result = NewRow();
                if (keySlot >= 0) result[keySlot] = id;
                for (int i = 0; i < width; i++) result[aggSlots[i]] = IntegerId(groups[id][i]);
                yield return result;
            }
        }
    }
}
