using System.Runtime.InteropServices;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// GROUP BY with aggregates in one pass: each group is a hash-table entry on its key ids holding one accumulator per
/// aggregate, and every solution is folded into its group as it streams by, so member solutions are never stored.
/// </summary>
public sealed partial class QueryEvaluator
{
    private IEnumerable<int[]> EvaluateGroup(Group g, int[] seed, ActiveGraph graph)
    {
        if (CountsOnOnePattern(g, seed, graph) is { } counting) return counting;
        if (CountsOnGatedPattern(g, seed, graph) is { } gated) return gated;
        if (CountOverSetJoin(g, seed, graph) is { } setCount) return setCount;
        if (CountByFunctionOfOneVariable(g, seed, graph) is { } byFunction) return byFunction;
        var rows = WeightedRows(g, seed, graph) ?? Evaluate(g.Inner, seed, graph).Select(r => (r, 1L));
        // COUNT(*) / COUNT(?v) without GROUP BY: one group, its counts added up as rows stream by.
        if (g.Keys.Count == 0 && CountSlots(g) is { } totals) return CountAll(g, totals, rows);
        // One-variable keys (the usual GROUP BY ?x) hash as plain ints.
        return g.Keys.Count == 1 && g.Keys[0].Expression is VariableExpression kv && _slots.TryGetSlot(kv.Name, out var keySlot)
            ? GroupBySlot(g, keySlot, rows, graph)
            : GroupByKeys(g, rows, graph);
    }

    private IEnumerable<int[]> CountAll(Group g, int[] countSlots, IEnumerable<(int[] Row, long Weight)> rows)
    {
        var counts = new long[countSlots.Length];
        foreach (var (r, weight) in rows)
        {
            _guard.Tick();
            for (int i = 0; i < counts.Length; i++)
                if (countSlots[i] < 0 || r[countSlots[i]] != 0) counts[i] += weight;
        }
        var row = NewRow();
        for (int i = 0; i < counts.Length; i++) row[_slots.Slot(g.Aggregates[i].Variable)] = IntegerId(counts[i]);
        yield return row;
    }

    private IEnumerable<int[]> GroupByKeys(Group g, IEnumerable<(int[] Row, long Weight)> rows, ActiveGraph graph)
    {
        var index = new Dictionary<int[], int>(RowComparer.Instance);
        var keys = new List<int[]>();
        var groups = new List<Accumulator[]>();
        // Keys that are plain variables are read straight from the row: no decoding and re-encoding of terms.
        var keyVarSlots = g.Keys.Select(k => k.Expression is VariableExpression v && _slots.TryGetSlot(v.Name, out var s) ? s : -1).ToArray();
        var scratch = new int[g.Keys.Count];
        foreach (var (r, weight) in rows)
        {
            _guard.Tick();
            for (int i = 0; i < scratch.Length; i++)
            {
                if (keyVarSlots[i] >= 0) { scratch[i] = r[keyVarSlots[i]]; continue; }
                var v = EvaluateExpression(g.Keys[i].Expression, r, graph);
                scratch[i] = v is null ? 0 : _terms.Encode(v);
            }
            // The scratch key is only copied when it starts a new group.
            if (!index.TryGetValue(scratch, out int slot))
            {
                var key = (int[])scratch.Clone();
                index[key] = slot = groups.Count;
                keys.Add(key);
                groups.Add(NewAccumulators(g));
                _guard.Retain(); // a group's accumulators are what the budget counts: member rows are not kept
            }
            Accumulate(groups[slot], r, graph, weight);
        }
        if (g.Keys.Count == 0 && groups.Count == 0)
        {
            keys.Add(Array.Empty<int>());
            groups.Add(NewAccumulators(g));
        }
        var keySlots = g.Keys.Select(k => k.BoundVariable is { } v ? _slots.Slot(v) : -1).ToArray();
        var aggSlots = g.Aggregates.Select(a => _slots.Slot(a.Variable)).ToArray();
        for (int n = 0; n < groups.Count; n++)
        {
            var row = NewRow();
            for (int i = 0; i < keySlots.Length; i++) if (keySlots[i] >= 0) row[keySlots[i]] = keys[n][i];
            Emit(groups[n], aggSlots, row);
            yield return row;
        }
    }

    private IEnumerable<int[]> GroupBySlot(Group g, int keySlot, IEnumerable<(int[] Row, long Weight)> rows, ActiveGraph graph)
    {
        if (CountSlots(g) is { } countSlots) return CountBySlot(g, keySlot, countSlots, rows);
        return FoldBySlot(g, keySlot, rows, graph);
    }

    /// <summary>
    /// The slots read by a group whose aggregates are all COUNT(*) (-1) or COUNT(?v) without DISTINCT; null otherwise.
    /// Such groups need one number per aggregate, kept in one flat array, with no accumulator objects per group.
    /// </summary>
    private int[]? CountSlots(Group g)
    {
        var slots = new int[g.Aggregates.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            var a = g.Aggregates[i].Aggregate;
            if (a.Function != AggregateFunction.Count || a.Distinct || a.CustomIri is not null) return null;
            if (a.Argument is null) slots[i] = -1;
            else if (a.Argument is VariableExpression v && _slots.TryGetSlot(v.Name, out var s)) slots[i] = s;
            else return null;
        }
        return slots;
    }

    private IEnumerable<int[]> CountBySlot(Group g, int keySlot, int[] countSlots, IEnumerable<(int[] Row, long Weight)> rows)
    {
        var index = new Dictionary<int, int>();
        var keys = new List<int>();
        int width = countSlots.Length;
        var counts = new long[Math.Max(width, 1) * 64];
        foreach (var (r, weight) in rows)
        {
            _guard.Tick();
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, r[keySlot], out bool exists);
            if (!exists)
            {
                slot = keys.Count;
                keys.Add(r[keySlot]);
                if ((keys.Count * width) > counts.Length) Array.Resize(ref counts, counts.Length * 2);
                _guard.Retain();
            }
            int at = slot * width;
            for (int i = 0; i < width; i++)
                if (countSlots[i] < 0 || r[countSlots[i]] != 0) counts[at + i] += weight;
        }
        int outSlot = g.Keys[0].BoundVariable is { } bv ? _slots.Slot(bv) : -1;
        var aggSlots = g.Aggregates.Select(a => _slots.Slot(a.Variable)).ToArray();
        for (int n = 0; n < keys.Count; n++)
        {
            var row = NewRow();
            if (outSlot >= 0) row[outSlot] = keys[n];
            for (int i = 0; i < width; i++) row[aggSlots[i]] = IntegerId(counts[n * width + i]);
            yield return row;
        }
    }

    private IEnumerable<int[]> FoldBySlot(Group g, int keySlot, IEnumerable<(int[] Row, long Weight)> rows, ActiveGraph graph)
    {
        var index = new Dictionary<int, int>();
        var keys = new List<int>();
        var groups = new List<Accumulator[]>();
        foreach (var (r, weight) in rows)
        {
            _guard.Tick();
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, r[keySlot], out bool exists);
            if (!exists)
            {
                slot = groups.Count;
                keys.Add(r[keySlot]);
                groups.Add(NewAccumulators(g));
                _guard.Retain();
            }
            Accumulate(groups[slot], r, graph, weight);
        }
        int outSlot = g.Keys[0].BoundVariable is { } bv ? _slots.Slot(bv) : -1;
        var aggSlots = g.Aggregates.Select(a => _slots.Slot(a.Variable)).ToArray();
        for (int n = 0; n < groups.Count; n++)
        {
            var row = NewRow();
            if (outSlot >= 0) row[outSlot] = keys[n];
            Emit(groups[n], aggSlots, row);
            yield return row;
        }
    }

    /// <summary>
    /// GROUP BY ?k with only COUNT(*) / COUNT(?v) over a single triple pattern (instances per class, mentions per
    /// person, claims per speaker): the counts are read straight off the index matches, without making a row for each
    /// triple. Null when the query is not of that shape.
    /// </summary>
    private IEnumerable<int[]>? CountsOnOnePattern(Group g, int[] seed, ActiveGraph graph)
    {
        if (g.Inner is not Bgp { Patterns.Count: 1 } bgp || g.Keys.Count != 1) return null;
        if (g.Keys[0].Expression is not VariableExpression key || !_slots.TryGetSlot(key.Name, out var keySlot)) return null;
        var pattern = bgp.Patterns[0];
        var names = pattern.Variables.ToArray();
        // A repeated variable (?x ?p ?x) or a seed binding would need the general matching.
        if (names.Distinct().Count() != names.Length || names.Any(v => seed[_slots.Slot(v)] != 0)) return null;
        foreach (var a in g.Aggregates.Select(b => b.Aggregate))
        {
            if (a.Function != AggregateFunction.Count || a.Distinct) return null;
            if (a.Argument is not null && !(a.Argument is VariableExpression av && names.Contains(av.Name))) return null;
        }
        var c = CompiledFor(bgp);
        if (c.Impossible) return null;
        var cp = c.Patterns[0];
        int position = cp.SSlot == keySlot ? 0 : cp.PSlot == keySlot ? 1 : cp.OSlot == keySlot ? 2 : -1;
        if (position < 0) return null;
        return CountByPosition(g, cp, position, keySlot, graph);
    }

    private IEnumerable<int[]> CountByPosition(Group g, CompiledPattern cp, int position, int keySlot, ActiveGraph graph)
    {
        var counts = new Dictionary<int, long>();
        var order = new List<int>();
        // Index ranges come sorted on the key (the objects of rdf:type in the POS index): counted as runs of equal keys,
        // one hash-table update per run rather than per match. Any order stays correct, runs only make it cheaper.
        int run = 0;
        long runLength = 0;
        foreach (var q in graph.Cursor(_store, cp.S, cp.P, cp.O))
        {
            _guard.Tick();
            int k = position == 0 ? q.S : position == 1 ? q.P : q.O;
            if (k == run && runLength > 0) { runLength++; continue; }
            AddRun(run, runLength);
            (run, runLength) = (k, 1);
        }
        AddRun(run, runLength);

        void AddRun(int key, long length)
        {
            if (length == 0) return;
            ref long n = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out bool exists);
            if (!exists) order.Add(key);
            n += length;
        }
        foreach (var row in GroupCountRows(g, keySlot, order, counts)) yield return row;
    }

    private Accumulator[] NewAccumulators(Group g)
    {
        _groupNumber++;
        var result = new Accumulator[g.Aggregates.Count];
        for (int i = 0; i < result.Length; i++)
        {
            int index = i;
            result[i] = Accumulator.For(g.Aggregates[i].Aggregate, this, () => DistinctPairs(g, index));
        }
        return result;
    }

    /// <summary>Folds one row that stands for <paramref name="weight"/> identical rows (see WeightedRows).</summary>
    private static void Accumulate(Accumulator[] accumulators, int[] row, ActiveGraph graph, long weight)
    {
        foreach (var a in accumulators) a.Add(row, graph, weight);
    }

    private void Emit(Accumulator[] accumulators, int[] aggSlots, int[] row)
    {
        for (int i = 0; i < aggSlots.Length; i++)
        {
            int id = accumulators[i].Result();
            if (id != 0) row[aggSlots[i]] = id;
        }
    }

    /// <summary>Ids of xsd:integer counts: groups share few distinct counts, so each is encoded once per query.</summary>
    private readonly Dictionary<long, int> _integerIds = new();

    private int IntegerId(long value)
    {
        if (!_integerIds.TryGetValue(value, out var id)) _integerIds[value] = id = _terms.Encode(Integer(value));
        return id;
    }

    private static LiteralNode Integer(long v) => new(v.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocabulary.XsdInteger);

    /// <summary>One row per group key, in first-seen order, every aggregate bound to the group's count (all COUNTs).</summary>
    private IEnumerable<int[]> GroupCountRows(Group g, int keySlot, List<int> order, Dictionary<int, long> counts)
    {
        var aggSlots = g.Aggregates.Select(a => _slots.Slot(a.Variable)).ToArray();
        foreach (var k in order)
        {
            var row = NewRow();
            row[keySlot] = k;
            int id = IntegerId(counts[k]);
            foreach (var s in aggSlots) row[s] = id;
            yield return row;
        }
    }
}
