using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>
    /// One conjunct of a FILTER over a BGP, checked inside the BGP's nested loop as soon as the patterns have bound
    /// its variables, so rows that fail it are not joined further. A conjunct of a single variable is memoised per
    /// term id: its value depends on that term alone (it is deterministic and has no EXISTS), so each distinct value,
    /// e.g. each date of a date-range filter, is parsed and compared once.
    /// </summary>
    private sealed class PushedConjunct(Expression condition, int[] slots)
    {
        public Expression Condition { get; } = condition;

        public int[] Slots { get; } = slots;

        public Dictionary<int, bool>? Memo { get; } = slots.Length == 1 ? new Dictionary<int, bool>() : null;

        /// <summary>STR(?a) op STR(?b) with op one of &lt; &lt;= &gt; &gt;= = != (the query library's "each pair once"), else null.</summary>
        public (BinaryOperator Op, string A, string B)? StrPair { get; } =
            condition is BinaryExpression
            {
                Operator: BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual
                    or BinaryOperator.Equal or BinaryOperator.NotEqual,
                Left: BuiltInCall { Name: "STR", Arguments: [VariableExpression a] },
                Right: BuiltInCall { Name: "STR", Arguments: [VariableExpression b] },
            } bin ? (bin.Operator, a.Name, b.Name) : null;
    }

    private readonly Dictionary<AlgebraNode, PushedConjunct[]?> _pushedFilters = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The conjuncts of a FILTER that may be checked inside its BGP's loop: FILTER(A &amp;&amp; B) keeps a row exactly
    /// when both are true, and a conjunct's value depends only on the variables it names. Null when some conjunct
    /// cannot move (EXISTS, aggregates, RAND/BNODE/UUID, a variable without a slot).
    /// </summary>
    private PushedConjunct[]? PushableConjuncts(Filter f) => PushableConjuncts(f, f.Condition);

    /// <summary>The same for a condition owned by another node (an OPTIONAL's FILTER), cached under that node.</summary>
    private PushedConjunct[]? PushableConjuncts(AlgebraNode owner, Expression condition)
    {
        if (_pushedFilters.TryGetValue(owner, out var cached)) return cached;
        var result = new List<PushedConjunct>();
        foreach (var conjunct in Conjuncts(condition))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (!IsMovable(conjunct, names)) { result = null; break; }
            var slots = new List<int>();
            foreach (var name in names)
            {
                if (!_slots.TryGetSlot(name, out var slot)) { slots = null; break; }
                slots.Add(slot);
            }
            if (slots is null) { result = null; break; }
            result.Add(new PushedConjunct(conjunct, slots.ToArray()));
        }
        var array = result?.ToArray();
        _pushedFilters[owner] = array;
        return array;
    }

    private static IEnumerable<Expression> Conjuncts(Expression e)
    {
        if (e is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            foreach (var c in Conjuncts(and.Left)) yield return c;
            foreach (var c in Conjuncts(and.Right)) yield return c;
        }
        else yield return e;
    }

    private static bool IsMovable(Expression e, HashSet<string> variables)
    {
        switch (e)
        {
            case ConstantExpression: return true;
            case VariableExpression v: variables.Add(v.Name); return true;
            case UnaryExpression u: return IsMovable(u.Operand, variables);
            case BinaryExpression b: return IsMovable(b.Left, variables) && IsMovable(b.Right, variables);
            case InExpression i: return IsMovable(i.Operand, variables) && i.List.All(x => IsMovable(x, variables));
            case BuiltInCall c:
                // A fresh value per call: neither memoisable nor movable without changing which rows see which value.
                if (c.Name is "RAND" or "BNODE" or "UUID" or "STRUUID") return false;
                return c.Arguments.All(x => IsMovable(x, variables));
            case FunctionCall fc: return fc.Arguments.All(x => IsMovable(x, variables));
            default: return false;
        }
    }

    /// <summary>For each step of the plan, the conjuncts whose variables are all bound once that step has matched.</summary>
    private static PushedConjunct[]?[] Place(CompiledPattern[] plan, int[] seed, PushedConjunct[] conjuncts)
    {
        var levels = new List<PushedConjunct>?[plan.Length];
        foreach (var c in conjuncts)
        {
            int level = 0;
            foreach (var slot in c.Slots)
            {
                if (seed[slot] != 0) continue;
                int bindsAt = Array.FindIndex(plan, p => p.SSlot == slot || p.PSlot == slot || p.OSlot == slot);
                // A variable the BGP never binds stays unbound: check at the last step, as a plain filter would.
                level = Math.Max(level, bindsAt < 0 ? plan.Length - 1 : bindsAt);
            }
            (levels[level] ??= new List<PushedConjunct>()).Add(c);
        }
        return levels.Select(l => l?.ToArray()).ToArray();
    }

    private bool Passes(PushedConjunct[] conjuncts, int[] row, ActiveGraph graph)
    {
        foreach (var c in conjuncts)
        {
            bool ok;
            if (c.Memo is { } memo)
            {
                int id = row[c.Slots[0]];
                if (!memo.TryGetValue(id, out ok)) memo[id] = ok = EffectiveBoolean(c.Condition, row, graph) == true;
            }
            else if (c.StrPair is { } pair && _lexical is not null && StrPairHolds(pair, row) is { } known) ok = known;
            else ok = EffectiveBoolean(c.Condition, row, graph) == true;
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>The store's terms ranked by their string (<see cref="LexicalIndex.Ranks"/>), fetched once per query.</summary>
    private int[]? _strRanks;

    private int _strPairsCompared;

    private const int StrPairsBeforeRanks = 20_000;

    /// <summary>
    /// STR(?a) op STR(?b) compared on the ranks of the two terms' strings in ordinal order (the order SPARQL compares
    /// simple literals in, §17.3 with fn:compare on code points, as <see cref="Functions.TermComparer"/> does), without
    /// making the two strings: the filter of every "each pair once" query, checked on each pair. Null when a value is
    /// not a store term (made by BIND or VALUES): the expression is evaluated then. A blank node's STR is an error, so
    /// the filter fails.
    /// </summary>
    private bool? StrPairHolds((BinaryOperator Op, string A, string B) pair, int[] row)
    {
        // The ranks cost a sort of every string of the store on first use: worth it for a server, or for a query that
        // compares many pairs, not for a one-off query comparing a few.
        if (_strRanks is null && (_lexical!.RanksBuilt || ++_strPairsCompared > StrPairsBeforeRanks)) _strRanks = _lexical!.Ranks();
        if (_strRanks is not { } ranks) return null;
        int a = row[_slots.Slot(pair.A)], b = row[_slots.Slot(pair.B)];
        if (a <= 0 || b <= 0 || a >= ranks.Length || b >= ranks.Length) return null;
        int ra = ranks[a], rb = ranks[b];
        if (ra == 0 || rb == 0) return false;
        return pair.Op switch
        {
            BinaryOperator.Less => ra < rb,
            BinaryOperator.LessOrEqual => ra <= rb,
            BinaryOperator.Greater => ra > rb,
            BinaryOperator.GreaterOrEqual => ra >= rb,
            BinaryOperator.Equal => ra == rb,
            _ => ra != rb,
        };
    }
}
