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
            else ok = EffectiveBoolean(c.Condition, row, graph) == true;
            if (!ok) return false;
        }
        return true;
    }
}
