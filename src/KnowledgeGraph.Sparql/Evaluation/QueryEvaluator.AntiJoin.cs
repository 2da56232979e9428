using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Set-based semi- and anti-joins: FILTER (NOT) EXISTS { P } and OPTIONAL { P } FILTER(!BOUND(?x)) answered by
/// evaluating P once, hashing its solutions on the variables it shares with the outer side, and keeping or dropping each
/// outer row by one lookup, instead of matching P again under every row.
///
/// <para>Only where that is the same answer. EXISTS substitutes the row into P (§18.6), which equals joining P's own
/// solutions with the row when P is a pattern tree whose every variable P binds itself (BGPs, paths, joins of them,
/// filters over their own variables): an inner FILTER naming an outer variable sees the row's value under substitution
/// and an unbound variable when P is evaluated alone, so such patterns keep the per-row path. The shared variables must
/// also be bound in every outer row (or by the seed): with a variable bound in some rows and not in others, which of P's
/// variables take part in the match changes from row to row (<see cref="ExistsByTable"/> handles that per row).</para>
/// </summary>
public sealed partial class QueryEvaluator
{
    /// <summary>One semi-/anti-join: the pattern, the outer side, and the conjuncts of the FILTER left to check per row.</summary>
    private sealed record SetJoin(ExistsExpression Exists, AlgebraNode Outer, Expression? Rest)
    {
        /// <summary>Slots of the pattern's variables, and those of them the outer side can bind (computed once).</summary>
        public int[] PatternSlots { get; init; } = [];

        public HashSet<int> OuterSlots { get; init; } = [];

        /// <summary>For OPTIONAL + !BOUND(?x), the slot of ?x: a seed binding it leaves no row (-1 otherwise).</summary>
        public int UnboundSlot { get; init; } = -1;
    }

    private readonly Dictionary<Filter, SetJoin?> _setJoins = new(ReferenceEqualityComparer.Instance);

    /// <summary>Hashed projections of a pattern's solutions, per pattern and per set of key slots (default graph only).</summary>
    private readonly Dictionary<ExistsExpression, Dictionary<string, KeySet>> _keySets = new(ReferenceEqualityComparer.Instance);

    /// <summary>The semi-/anti-join a FILTER amounts to, or null when it is an ordinary filter.</summary>
    private SetJoin? SetJoinOf(Filter f)
    {
        if (_setJoins.TryGetValue(f, out var cached)) return cached;
        SetJoin? result = null;
        var conjuncts = Conjuncts(f.Condition).ToList();
        for (int i = 0; i < conjuncts.Count && result is null; i++)
        {
            var rest = Rest(conjuncts, i);
            if (conjuncts[i] is ExistsExpression ex && IsJoinablePattern(ex.Pattern))
                result = new SetJoin(ex, rest is null ? f.Inner : new Filter(rest, f.Inner), null);
            else if (NotBoundVariable(conjuncts[i]) is { } x && f.Inner is LeftJoin { Condition: null } lj && IsJoinablePattern(lj.Right)
                     && _slots.TryGetSlot(x, out var xs) && Array.BinarySearch(CertainSlots(lj.Right), xs) >= 0
                     && !AlgebraVariables.InScope(lj.Left).Contains(x))
                // OPTIONAL { P } FILTER(!BOUND(?x)) with ?x bound by every solution of P and never by the left side: the
                // rows that pass are exactly the left rows P does not extend, i.e. FILTER NOT EXISTS { P } (P being a
                // joinable pattern, matching it under a row is joining it with the row, as the OPTIONAL does).
                // The other conjuncts then read the left row itself, which is the row the OPTIONAL would have kept.
                result = new SetJoin(new ExistsExpression(lj.Right, Negated: true), lj.Left, rest) { UnboundSlot = xs };
        }
        if (result is not null)
            result = result with
            {
                PatternSlots = SlotsOf(AlgebraVariables.InScope(result.Exists.Pattern)).ToArray(),
                OuterSlots = SlotsOf(AlgebraVariables.InScope(result.Outer)).ToHashSet(),
            };
        _setJoins[f] = result;
        return result;
    }

    private IEnumerable<int> SlotsOf(IEnumerable<string> names)
    {
        foreach (var name in names)
            if (_slots.TryGetSlot(name, out var slot)) yield return slot;
    }

    private static Expression? Rest(List<Expression> conjuncts, int skip)
    {
        Expression? rest = null;
        for (int i = 0; i < conjuncts.Count; i++)
            if (i != skip) rest = rest is null ? conjuncts[i] : new BinaryExpression(BinaryOperator.And, rest, conjuncts[i]);
        return rest;
    }

    private static string? NotBoundVariable(Expression e) =>
        e is UnaryExpression { Operator: UnaryOperator.Not, Operand: BuiltInCall { Name: "BOUND" } call } && call.Arguments is [VariableExpression v]
            ? v.Name
            : null;

    /// <summary>Patterns whose evaluation under a row equals the join of their own solutions with it.</summary>
    private bool IsJoinablePattern(AlgebraNode node) => node switch
    {
        Join j => IsJoinablePattern(j.Left) && IsJoinablePattern(j.Right),
        _ => IsPurePattern(node),
    };

    /// <summary>
    /// The slots an outer side's rows share with the pattern (those of the pattern's variables the outer side or the
    /// seed can bind), or null when some of them may be unbound in some rows.
    /// </summary>
    private int[]? SharedKeys(SetJoin join, int[] seed)
    {
        var certain = CertainSlots(join.Outer);
        var keys = new List<int>();
        foreach (var slot in join.PatternSlots)
        {
            bool seeded = seed[slot] != 0;
            if (!seeded && !join.OuterSlots.Contains(slot)) continue;
            if (!seeded && Array.BinarySearch(certain, slot) < 0) return null;
            keys.Add(slot);
        }
        keys.Sort();
        return keys.ToArray();
    }

    /// <summary>Probes made the ordinary way before the pattern is evaluated once into a hash table (a small outer side
    /// is answered faster by a few index probes than by reading all of the pattern's solutions).</summary>
    private const int SetJoinThreshold = 32;

    private IEnumerable<int[]>? EvaluateSetJoin(Filter f, int[] seed, ActiveGraph graph)
    {
        if (SetJoinOf(f) is not { } join || join.UnboundSlot >= 0 && seed[join.UnboundSlot] != 0 || SharedKeys(join, seed) is not { } keys) return null;
        return Run();

        IEnumerable<int[]> Run()
        {
            bool negated = join.Exists.Negated;
            KeySet? set = null;
            int probes = 0;
            foreach (var r in Evaluate(join.Outer, seed, graph))
            {
                _guard.Tick();
                bool found;
                if (set is null && ++probes <= SetJoinThreshold && !HasKeySet(join.Exists, keys, graph))
                    found = Evaluate(join.Exists.Pattern, r, graph).Any();
                else
                {
                    set ??= KeySetFor(join.Exists, keys, graph);
                    found = set.Contains(r);
                }
                if (found == negated) continue;
                if (join.Rest is not null && EffectiveBoolean(join.Rest, r, graph) != true) continue;
                yield return r;
            }
        }
    }

    private bool HasKeySet(ExistsExpression ex, int[] keys, ActiveGraph graph) =>
        ReferenceEquals(graph, _defaultGraph) && _keySets.TryGetValue(ex, out var byKeys) && byKeys.ContainsKey(string.Join(',', keys));

    private KeySet KeySetFor(ExistsExpression ex, int[] keys, ActiveGraph graph)
    {
        // Tables are kept for the default graph only: inside GRAPH ?g the same pattern has other solutions per graph.
        bool keep = ReferenceEquals(graph, _defaultGraph);
        var name = string.Join(',', keys);
        if (keep && _keySets.TryGetValue(ex, out var byKeys) && byKeys.TryGetValue(name, out var found)) return found;
        var set = new KeySet(keys);
        if (ex.Pattern is Bgp { Patterns.Count: 1 } one && keys.Length == 1 && CompiledFor(one) is { Impossible: false } compiled)
        {
            // One triple pattern hashed on one variable: read its position straight off the index matches, no rows.
            var c = compiled.Patterns[0];
            int key = keys[0];
            bool repeated = c.SSlot >= 0 && (c.SSlot == c.PSlot || c.SSlot == c.OSlot) || c.PSlot >= 0 && c.PSlot == c.OSlot;
            // ?k p ?other (or ?other p ?k) keyed on ?k, over the whole store: the set of ?k is the predicate's subjects
            // (objects), one bit per term, kept across queries (PredicateEnds) instead of hashed per query.
            if (!repeated && c.PSlot < 0 && c.SSlot >= 0 && c.OSlot >= 0 && (key == c.SSlot || key == c.OSlot)
                && _ends is not null && graph.WholeStore)
                return new KeySet(keys, _ends.Bits(c.P, objectSide: key == c.OSlot, buildNow: true));
            if (!repeated)
            {
                foreach (var q in graph.Cursor(_store, c.S, c.P, c.O))
                {
                    int id = key == c.SSlot ? q.S : key == c.PSlot ? q.P : q.O;
                    if (set.AddId(id)) _guard.Retain();
                    else _guard.Tick();
                }
                goto built;
            }
        }
        foreach (var solution in Evaluate(ex.Pattern, NewRow(), graph))
        {
            if (set.Add(solution)) _guard.Retain();
            else _guard.Tick();
        }
        built:
        if (keep)
        {
            if (!_keySets.TryGetValue(ex, out byKeys)) _keySets[ex] = byKeys = new Dictionary<string, KeySet>(StringComparer.Ordinal);
            byKeys[name] = set;
        }
        return set;
    }

    /// <summary>The distinct values of some slots over a set of rows: packed in a long for one or two slots.</summary>
    private sealed class KeySet(int[] keys, ulong[]? bits = null)
    {
        private readonly HashSet<long>? _packed = bits is null && keys.Length <= 2 ? new HashSet<long>() : null;
        private readonly HashSet<int[]>? _wide = bits is null && keys.Length > 2 ? new HashSet<int[]>(RowComparer.Instance) : null;

        /// <summary>Adds the key of a row whose one key slot holds <paramref name="id"/>.</summary>
        public bool AddId(int id) => _packed!.Add((uint)id);

        /// <summary>Whether the key of a row whose one key slot holds <paramref name="id"/> is in the set.</summary>
        public bool ContainsId(int id) => bits is not null ? HasBit(id) : _packed!.Contains((uint)id);

        public bool Add(int[] row) => _packed is not null ? _packed.Add(Pack(row)) : _wide!.Add(Project(row));

        public bool Contains(int[] row) =>
            bits is not null ? HasBit(row[keys[0]]) : _packed is not null ? _packed.Contains(Pack(row)) : _wide!.Contains(Project(row));

        /// <summary>A one-key set read from a predicate's subject (object) bits: ids past the end are terms added since.</summary>
        private bool HasBit(int id) => id > 0 && (id >> 6) < bits!.Length && (bits[id >> 6] & (1UL << (id & 63))) != 0;

        private long Pack(int[] row) => keys.Length switch
        {
            0 => 0,
            1 => (uint)row[keys[0]],
            _ => ((long)row[keys[0]] << 32) | (uint)row[keys[1]],
        };

        private int[] Project(int[] row)
        {
            var k = new int[keys.Length];
            for (int i = 0; i < k.Length; i++) k[i] = row[keys[i]];
            return k;
        }
    }
}
