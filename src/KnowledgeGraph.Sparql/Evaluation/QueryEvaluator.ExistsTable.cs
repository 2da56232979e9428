using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>Probes a row must make of one EXISTS before its BGP is evaluated once into a hash table.</summary>
    private const int ExistsTableThreshold = 32;

    /// <summary>The solutions of an EXISTS BGP projected on the slots the outer rows bind, once enough rows ask.</summary>
    private sealed class ExistsTable
    {
        public int Probes;
        public HashSet<long>? Keys;
    }

    private readonly Dictionary<ExistsExpression, Dictionary<long, ExistsTable>> _existsTables = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// (NOT) EXISTS { BGP } as a hash semi-/anti-join. By substitution semantics the BGP matches under a row exactly
    /// when one of its solutions agrees with the row on the BGP's variables the row binds; so, per set of such bound
    /// variables (at most two here), the BGP is evaluated once and each row is answered by a hash lookup instead of
    /// an index probe. Rows are probed the ordinary way until a set has been seen often enough to repay the table.
    /// Null when the shortcut does not apply.
    /// </summary>
    private bool? ExistsByTable(ExistsExpression ex, int[] row, ActiveGraph graph)
    {
        if (ex.Pattern is not Bgp { Patterns.Count: > 0 } bgp || !ReferenceEquals(graph, _defaultGraph)) return null;
        var slots = CompiledFor(bgp).Slots;
        if (slots.Length > 64) return null;
        long mask = 0;
        int bound = 0, s0 = -1, s1 = -1;
        for (int i = 0; i < slots.Length; i++)
        {
            if (row[slots[i]] == 0) continue;
            mask |= 1L << i;
            if (bound == 0) s0 = slots[i]; else s1 = slots[i];
            if (++bound > 2) return null;
        }
        if (!_existsTables.TryGetValue(ex, out var byMask)) _existsTables[ex] = byMask = new Dictionary<long, ExistsTable>();
        if (!byMask.TryGetValue(mask, out var table)) byMask[mask] = table = new ExistsTable();
        if (table.Keys is null)
        {
            if (++table.Probes < ExistsTableThreshold) return null;
            var keys = new HashSet<long>();
            foreach (var solution in EvaluateBgp(bgp, NewRow(), graph))
            {
                if (keys.Add(Pack(solution, bound, s0, s1))) _guard.Retain();
                else _guard.Tick();
            }
            table.Keys = keys;
        }
        return table.Keys.Contains(Pack(row, bound, s0, s1));
    }

    private static long Pack(int[] row, int bound, int s0, int s1) => bound switch
    {
        0 => 0,
        1 => (uint)row[s0],
        _ => ((long)row[s0] << 32) | (uint)row[s1],
    };
}
