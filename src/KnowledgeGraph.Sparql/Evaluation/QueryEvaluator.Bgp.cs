using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>A triple pattern compiled to ids: for each position either a constant id or a slot.</summary>
    private readonly record struct CompiledPattern(int S, int P, int O, int SSlot, int PSlot, int OSlot)
    {
        /// <summary>A constant of the pattern is not in the store, so nothing matches.</summary>
        public bool Impossible => S < 0 && S != TermDictionary.Any || P < 0 && P != TermDictionary.Any || O < 0 && O != TermDictionary.Any;
    }

    private readonly Dictionary<Bgp, Dictionary<long, CompiledPattern[]>> _plans = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Bgp, CompiledPattern[]> _compiled = new(ReferenceEqualityComparer.Instance);

    private (int Id, int Slot) CompileItem(PatternItem item) => item switch
    {
        Variable v => (TermDictionary.Any, _slots.Slot(v.Name)),
        TermItem t => (_terms.EncodePatternConstant(t.Node), -1),
        _ => throw new InvalidOperationException(),
    };

    private CompiledPattern Compile(TriplePattern t)
    {
        var (s, ss) = CompileItem(t.Subject);
        var (p, ps) = CompileItem(t.Predicate);
        var (o, os) = CompileItem(t.Object);
        return new CompiledPattern(s, p, o, ss, ps, os);
    }

    /// <summary>
    /// Join order for a BGP: greedily the pattern with the smallest estimated result, where a position bound by an
    /// earlier pattern (or the seed) divides the estimate; patterns sharing no variable with what is bound come last.
    /// Plans are cached per BGP and per set of seed-bound slots.
    /// </summary>
    private CompiledPattern[] Plan(Bgp bgp, int[] seed, ActiveGraph graph)
    {
        long signature = 0;
        if (!_compiled.TryGetValue(bgp, out var compiled)) _compiled[bgp] = compiled = bgp.Patterns.Select(Compile).ToArray();
        foreach (var c in compiled)
            foreach (var slot in new[] { c.SSlot, c.PSlot, c.OSlot })
                if (slot >= 0 && seed[slot] != 0) signature |= 1L << (slot & 63);
        if (!_plans.TryGetValue(bgp, out var bySignature)) _plans[bgp] = bySignature = new Dictionary<long, CompiledPattern[]>();
        if (bySignature.TryGetValue(signature, out var plan)) return plan;

        var bound = new HashSet<int>();
        for (int i = 0; i < seed.Length; i++) if (seed[i] != 0) bound.Add(i);
        var remaining = compiled.ToList();
        var estimates = new Dictionary<CompiledPattern, double>();
        foreach (var c in compiled)
            estimates[c] = c.Impossible ? 0 : graph.Estimate(_store, c.S, c.P, c.O);
        var ordered = new List<CompiledPattern>();
        while (remaining.Count > 0)
        {
            CompiledPattern best = remaining[0];
            double bestCost = double.MaxValue;
            foreach (var c in remaining)
            {
                double cost = estimates[c];
                bool connected = false;
                if (c.SSlot >= 0 && bound.Contains(c.SSlot)) { cost /= 1000; connected = true; }
                if (c.OSlot >= 0 && bound.Contains(c.OSlot)) { cost /= 100; connected = true; }
                if (c.PSlot >= 0 && bound.Contains(c.PSlot)) { cost /= 10; connected = true; }
                bool hasVars = c.SSlot >= 0 || c.PSlot >= 0 || c.OSlot >= 0;
                if (!connected && ordered.Count > 0 && hasVars) cost = cost * 1e6 + 1e12;
                if (cost < bestCost) { bestCost = cost; best = c; }
            }
            remaining.Remove(best);
            ordered.Add(best);
            foreach (var slot in new[] { best.SSlot, best.PSlot, best.OSlot }) if (slot >= 0) bound.Add(slot);
        }
        plan = ordered.ToArray();
        bySignature[signature] = plan;
        return plan;
    }

    private IEnumerable<int[]> EvaluateBgp(Bgp bgp, int[] seed, ActiveGraph graph)
    {
        if (bgp.Patterns.Count == 0) return new[] { seed };
        var plan = Plan(bgp, seed, graph);
        foreach (var c in plan) if (c.Impossible) return Array.Empty<int[]>();
        return MatchPlan(plan, seed, graph);
    }

    private IEnumerable<int[]> MatchPlan(CompiledPattern[] plan, int[] seed, ActiveGraph graph)
    {
        int n = plan.Length;
        var enumerators = new IEnumerator<EncodedQuad>[n];
        var rows = new int[n][];
        rows[0] = seed;
        enumerators[0] = Open(plan[0], seed, graph);
        int level = 0;
        try
        {
            while (level >= 0)
            {
                if (!enumerators[level].MoveNext())
                {
                    enumerators[level].Dispose();
                    level--;
                    continue;
                }
                _guard.Tick();
                var row = Bind(plan[level], rows[level], enumerators[level].Current);
                if (row is null) continue;
                if (level == n - 1)
                {
                    yield return row;
                    continue;
                }
                level++;
                rows[level] = row;
                enumerators[level] = Open(plan[level], row, graph);
            }
        }
        finally
        {
            for (int i = 0; i <= level && i < n; i++) enumerators[i]?.Dispose();
        }
    }

    private IEnumerator<EncodedQuad> Open(CompiledPattern c, int[] row, ActiveGraph graph)
    {
        int s = c.SSlot >= 0 ? Bound(row[c.SSlot]) : c.S;
        int p = c.PSlot >= 0 ? Bound(row[c.PSlot]) : c.P;
        int o = c.OSlot >= 0 ? Bound(row[c.OSlot]) : c.O;
        // A value the store does not hold (made by BIND or VALUES) matches nothing.
        if (s < TermDictionary.Any || p < TermDictionary.Any || o < TermDictionary.Any)
            return Enumerable.Empty<EncodedQuad>().GetEnumerator();
        return graph.Match(_store, s, p, o).GetEnumerator();
    }

    private static int Bound(int id) => id == 0 ? TermDictionary.Any : id;

    private static int[]? Bind(CompiledPattern c, int[] row, EncodedQuad q)
    {
        int[]? result = null;
        if (!BindSlot(c.SSlot, q.S, row, ref result)) return null;
        if (!BindSlot(c.PSlot, q.P, row, ref result)) return null;
        if (!BindSlot(c.OSlot, q.O, row, ref result)) return null;
        return result ?? row;
    }

    private static bool BindSlot(int slot, int id, int[] row, ref int[]? result)
    {
        if (slot < 0) return true;
        var current = result ?? row;
        int existing = current[slot];
        if (existing == id) return true;
        if (existing != 0) return false;
        result ??= (int[])row.Clone();
        result[slot] = id;
        return true;
    }
}
