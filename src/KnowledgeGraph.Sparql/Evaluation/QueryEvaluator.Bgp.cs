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

    /// <summary>A BGP compiled once per query: its patterns, the slots they use, and its plans per seed signature.</summary>
    private sealed class CompiledBgp(CompiledPattern[] patterns)
    {
        public CompiledPattern[] Patterns { get; } = patterns;

        public int[] Slots { get; } = patterns.SelectMany(c => new[] { c.SSlot, c.PSlot, c.OSlot }).Where(x => x >= 0).Distinct().ToArray();

        public bool Impossible { get; } = patterns.Any(c => c.Impossible);

        public Dictionary<long, CompiledPattern[]> Plans { get; } = new();

        /// <summary>Why a plan departs from the estimates (sampled join selectivity), per seed signature, for --explain.</summary>
        public Dictionary<long, string> Notes { get; } = new();
    }

    private readonly Dictionary<Bgp, CompiledBgp> _compiled = new(ReferenceEqualityComparer.Instance);

    private CompiledBgp CompiledFor(Bgp bgp)
    {
        if (!_compiled.TryGetValue(bgp, out var compiled))
            _compiled[bgp] = compiled = new CompiledBgp(bgp.Patterns.Select(Compile).ToArray());
        return compiled;
    }

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

    private long EstimatePattern(CompiledPattern c, ActiveGraph graph)
    {
        if (c.Impossible) return 0;
        if (graph.IsSingle && _estimates is not null) return _estimates.Estimate(c.S, c.P, c.O, graph.Single);
        return graph.Estimate(_store, c.S, c.P, c.O);
    }

    /// <summary>
    /// Join order for a BGP: greedily the pattern with the smallest estimated result, where a position bound by an
    /// earlier pattern (or the seed) divides the estimate; patterns sharing no variable with what is bound come last.
    /// Plans are cached per BGP and per set of seed-bound slots, since nested loops evaluate a BGP once per outer row.
    /// </summary>
    private CompiledPattern[] Plan(CompiledBgp bgp, int[] seed, ActiveGraph graph)
    {
        long signature = 0;
        foreach (var slot in bgp.Slots)
            if (seed[slot] != 0) signature |= 1L << (slot & 63);
        if (bgp.Plans.TryGetValue(signature, out var plan)) return plan;

        var bound = new HashSet<int>();
        for (int i = 0; i < seed.Length; i++) if (seed[i] != 0) bound.Add(i);
        var remaining = Enumerable.Range(0, bgp.Patterns.Length).ToList();
        var estimates = bgp.Patterns.Select(c => (double)EstimatePattern(c, graph)).ToArray();
        var ordered = new List<CompiledPattern>();
        // Measured join selectivity (see PlanSample) for top-level BGPs of three patterns or more, where the order
        // after the first pattern is a choice; nested-loop BGPs are planned from one outer row, too few to sample.
        var sample = signature == 0 && bgp.Patterns.Length > 2 ? new PlanSample(new List<int[]> { seed }) : null;
        var connectedOnes = new List<int>();
        while (remaining.Count > 0)
        {
            int best = remaining[0];
            double bestCost = double.MaxValue;
            connectedOnes.Clear();
            foreach (var i in remaining)
            {
                var c = bgp.Patterns[i];
                double cost = estimates[i];
                bool connected = false;
                if (c.SSlot >= 0 && bound.Contains(c.SSlot)) { cost /= 1000; connected = true; }
                if (c.OSlot >= 0 && bound.Contains(c.OSlot)) { cost /= 100; connected = true; }
                if (c.PSlot >= 0 && bound.Contains(c.PSlot)) { cost /= 10; connected = true; }
                bool hasVars = c.SSlot >= 0 || c.PSlot >= 0 || c.OSlot >= 0;
                if (!connected && ordered.Count > 0 && hasVars) cost = cost * 1e6 + 1e12;
                if (connected) connectedOnes.Add(i);
                if (cost < bestCost) { bestCost = cost; best = i; }
            }
            if (sample is { Empty: false } && ordered.Count > 0 && connectedOnes.Count > 1 && connectedOnes.Contains(best))
            {
                double bestFanout = SampledFanout(bgp.Patterns[best], sample, graph);
                int sampledBest = best;
                double sampledFanout = bestFanout;
                foreach (var i in connectedOnes)
                {
                    if (i == best) continue;
                    double f = SampledFanout(bgp.Patterns[i], sample, graph);
                    if (f < sampledFanout) { sampledFanout = f; sampledBest = i; }
                }
                // Only a pattern that drops rows (under one match per sampled row) is moved forward: among patterns
                // that each multiply the rows, the smaller multiplier first did not pay (co-mentioned-pairs: 13% slower).
                if (sampledBest != best && sampledFanout < 1 && sampledFanout < bestFanout / 2)
                {
                    bgp.Notes[signature] = (bgp.Notes.TryGetValue(signature, out var note) ? note + "; " : "")
                        + $"pattern {ordered.Count + 1} chosen on {sample.Rows.Count} sampled rows: {sampledFanout:0.##} matches per row against {bestFanout:0.##}";
                    best = sampledBest;
                }
            }
            remaining.Remove(best);
            var chosen = bgp.Patterns[best];
            ordered.Add(chosen);
            if (sample is not null && remaining.Count > 1) ExtendSample(chosen, sample, graph);
            if (chosen.SSlot >= 0) bound.Add(chosen.SSlot);
            if (chosen.PSlot >= 0) bound.Add(chosen.PSlot);
            if (chosen.OSlot >= 0) bound.Add(chosen.OSlot);
        }
        plan = ordered.ToArray();
        bgp.Plans[signature] = plan;
        return plan;
    }

    private IEnumerable<int[]> EvaluateBgp(Bgp bgp, int[] seed, ActiveGraph graph, PushedConjunct[]? filter = null)
    {
        if (bgp.Patterns.Count == 0) return new[] { seed };
        var compiled = CompiledFor(bgp);
        if (compiled.Impossible) return Array.Empty<int[]>();
        var plan = Plan(compiled, seed, graph);
        IEnumerator<EncodedQuad>? first = null;
        if (filter is not null && RangeStart(compiled, plan, seed, graph, filter) is { } range) (plan, first) = range;
        var checks = filter is null ? null : Place(plan, seed, filter);
        return plan.Length == 1 ? MatchOne(plan[0], seed, graph, checks?[0], first) : MatchPlan(plan, seed, graph, checks, first);
    }

    /// <summary>The common single-pattern case (and every nested-loop step of a join) without the general machinery.</summary>
    private IEnumerable<int[]> MatchOne(CompiledPattern c, int[] seed, ActiveGraph graph, PushedConjunct[]? checks = null,
        IEnumerator<EncodedQuad>? first = null)
    {
        // Not a using declaration: that would make the cursor (a mutable struct) read-only, and MoveNext would run on copies.
        var e = first is null ? Open(c, seed, graph) : new QuadCursor(first);
        try
        {
            while (e.MoveNext())
            {
                _guard.Tick();
                var row = Bind(c, seed, e.Current);
                if (row is not null && (checks is null || Passes(checks, row, graph))) yield return row;
            }
        }
        finally
        {
            e.Dispose();
        }
    }

    private IEnumerable<int[]> MatchPlan(CompiledPattern[] plan, int[] seed, ActiveGraph graph, PushedConjunct[]?[]? checks = null,
        IEnumerator<EncodedQuad>? first = null)
    {
        int n = plan.Length;
        var enumerators = new QuadCursor[n];
        // rows[i] is the row the pattern at level i extends. Rows of inner levels are scratch buffers, overwritten for
        // each match (they are only read by deeper levels); only the rows yielded at the last level are new arrays.
        var rows = new int[n][];
        rows[0] = seed;
        for (int i = 1; i < n; i++) rows[i] = new int[seed.Length];
        enumerators[0] = first is null ? Open(plan[0], seed, graph) : new QuadCursor(first);
        var (gateBits, gateSlots) = Gates(plan, seed);
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
                if (level == n - 1)
                {
                    var row = Bind(plan[level], rows[level], enumerators[level].Current);
                    if (row is null || (checks?[level] is { } last && !Passes(last, row, graph))) continue;
                    // Bind returns its input when the pattern binds nothing new: that is a scratch row, so copy it.
                    yield return ReferenceEquals(row, rows[level]) && level > 0 ? (int[])row.Clone() : row;
                    continue;
                }
                var next = rows[level + 1];
                if (!BindInto(plan[level], rows[level], enumerators[level].Current, next)) continue;
                if (checks?[level] is { } pending && !Passes(pending, next, graph)) continue;
                if (gateBits?[level + 1] is { } gate && !HasBit(gate, next[gateSlots![level + 1]])) continue;
                level++;
                enumerators[level] = Open(plan[level], next, graph);
            }
        }
        finally
        {
            for (int i = 0; i <= level && i < n; i++) enumerators[i].Dispose();
        }
    }

    /// <summary>
    /// For each level of a plan whose pattern has a constant predicate and a subject (or else object) variable bound by
    /// the seed or an earlier level, the predicate's subject (object) bits when built and that slot: a row whose value
    /// has no such triple is dropped before the level is opened (no enumerator, no index probe), as in <see cref="Open"/>.
    /// </summary>
    private (ulong[]?[]? Bits, int[]? Slots) Gates(CompiledPattern[] plan, int[] seed)
    {
        if (_ends is null) return (null, null);
        // Plans are cached per seed signature, so the same plan array always has the same bound slots: one computation
        // per plan and query, not per outer row of a nested loop.
        if (_gates.TryGetValue(plan, out var known)) return known;
        var gates = ComputeGates(plan, seed);
        _gates[plan] = gates;
        return gates;
    }

    private readonly Dictionary<CompiledPattern[], (ulong[]?[]?, int[]?)> _gates = new(ReferenceEqualityComparer.Instance);

    private (ulong[]?[]? Bits, int[]? Slots) ComputeGates(CompiledPattern[] plan, int[] seed)
    {
        ulong[]?[]? bits = null;
        int[]? slots = null;
        var bound = new HashSet<int>();
        for (int i = 0; i < seed.Length; i++) if (seed[i] != 0) bound.Add(i);
        for (int level = 0; level < plan.Length; level++)
        {
            var c = plan[level];
            if (level > 0 && c.PSlot < 0 && c.P >= 0)
            {
                bool subject = c.SSlot >= 0 && bound.Contains(c.SSlot);
                bool @object = !subject && c.OSlot >= 0 && bound.Contains(c.OSlot);
                if ((subject || @object) && CachedBits(c.P, objectSide: @object) is { } b)
                {
                    bits ??= new ulong[]?[plan.Length];
                    slots ??= new int[plan.Length];
                    bits[level] = b;
                    slots[level] = subject ? c.SSlot : c.OSlot;
                }
            }
            if (c.SSlot >= 0) bound.Add(c.SSlot);
            if (c.PSlot >= 0) bound.Add(c.PSlot);
            if (c.OSlot >= 0) bound.Add(c.OSlot);
        }
        return (bits, slots);
    }

    /// <summary>Bind into a given buffer: <paramref name="target"/> becomes <paramref name="row"/> extended by the match; false on a conflict.</summary>
    private static bool BindInto(CompiledPattern c, int[] row, EncodedQuad q, int[] target)
    {
        row.AsSpan().CopyTo(target);
        return BindAt(c.SSlot, q.S, target) && BindAt(c.PSlot, q.P, target) && BindAt(c.OSlot, q.O, target);
    }

    private static bool BindAt(int slot, int id, int[] target)
    {
        if (slot < 0) return true;
        int existing = target[slot];
        if (existing == id) return true;
        if (existing != 0) return false;
        target[slot] = id;
        return true;
    }

    private QuadCursor Open(CompiledPattern c, int[] row, ActiveGraph graph)
    {
        int s = c.SSlot >= 0 ? Bound(row[c.SSlot]) : c.S;
        int p = c.PSlot >= 0 ? Bound(row[c.PSlot]) : c.P;
        int o = c.OSlot >= 0 ? Bound(row[c.OSlot]) : c.O;
        // A value the store does not hold (made by BIND or VALUES) matches nothing.
        if (s < TermDictionary.Any || p < TermDictionary.Any || o < TermDictionary.Any)
            return QuadCursor.Empty;
        // A bound subject (or object) that has no triple of the predicate in any graph: one bit test instead of an index
        // probe (the bits cover the whole store, so they never rule out a match of any one graph).
        if (p >= 0 && (s >= 0 || o >= 0) && _ends is not null
            && !MayHave(p, s >= 0 ? s : o, objectSide: s < 0))
            return QuadCursor.Empty;
        return graph.Cursor(_store, s, p, o);
    }

    /// <summary>The predicates' subject (object, keyed by ~p) bit sets this query has already fetched from <see cref="PredicateEnds"/>.</summary>
    private readonly Dictionary<int, ulong[]> _endBits = new();

    /// <summary>False when <paramref name="term"/> is the subject (object) of no triple of <paramref name="p"/>.</summary>
    private bool MayHave(int p, int term, bool objectSide)
    {
        int key = objectSide ? ~p : p;
        if (!_endBits.TryGetValue(key, out var bits))
        {
            bits = _ends!.Bits(p, objectSide);
            if (bits is null) return true;
            _endBits[key] = bits;
        }
        return HasBit(bits, term);
    }

    /// <summary>The bits of a predicate side when this query or an earlier one built them (one probe counted otherwise).</summary>
    private ulong[]? CachedBits(int p, bool objectSide)
    {
        int key = objectSide ? ~p : p;
        if (_endBits.TryGetValue(key, out var bits)) return bits;
        bits = _ends!.Bits(p, objectSide);
        if (bits is not null) _endBits[key] = bits;
        return bits;
    }

    /// <summary>A term id's bit; ids past the end (terms added after the bits were built: none, the store's version
    /// would have moved) count as present, so the caller falls back to the index.</summary>
    private static bool HasBit(ulong[] bits, int id)
    {
        int word = id >> 6;
        return word >= bits.Length || (bits[word] & (1UL << (id & 63))) != 0;
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
