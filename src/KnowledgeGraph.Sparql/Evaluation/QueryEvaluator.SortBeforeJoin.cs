using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// ORDER BY … LIMIT k over an index nested-loop join whose sort keys are all known on the left rows (the top twenty
/// speakers by their number of claims, with their names): the left rows are sorted, and the right side is matched only
/// for the first of them, until the LIMIT has its rows, instead of joining every group and then sorting.
///
/// <para>The same rows in the same order: the nested loop yields left rows in order, each followed by its matches, and
/// the keys depend on the left row alone, so a stable sort of the joined rows keeps the matches of one left row
/// together in their order, and rows of equal keys in left order, which is what sorting the left rows stably and then
/// joining gives. BINDs between the ORDER BY and the join move below the join when they read only left variables.</para>
/// </summary>
public sealed partial class QueryEvaluator
{
    private readonly Dictionary<OrderBy, (OrderBy Sorted, AlgebraNode Right)?> _sortBeforeJoin = new(ReferenceEqualityComparer.Instance);

    private (OrderBy Sorted, AlgebraNode Right)? SortBeforeJoin(OrderBy o)
    {
        if (_sortBeforeJoin.TryGetValue(o, out var cached)) return cached;
        _sortBeforeJoin[o] = cached = Plan();
        return cached;

        (OrderBy, AlgebraNode)? Plan()
        {
            var extends = new List<Extend>();
            var node = o.Inner;
            while (node is Extend e)
            {
                extends.Add(e);
                node = e.Inner;
            }
            // Only the plain nested loop of EvaluateJoin (a BGP on the left may run after a path instead).
            if (node is not Join { Left: not Bgp } j || !IsPurePattern(j.Right) || IsCertainlyEmpty(j.Left)) return null;
            // A variable's value on a joined row is its value on the left row when the left side always binds it or
            // the right side never does.
            var certain = CertainSlots(j.Left);
            var right = new HashSet<string>(AlgebraVariables.InScope(j.Right), StringComparer.Ordinal);
            bool FromLeft(string name) => !right.Contains(name) || _slots.TryGetSlot(name, out var s) && Array.BinarySearch(certain, s) >= 0;
            extends.Reverse();
            foreach (var e in extends)
                if (right.Contains(e.Variable) || !ReadsOnly(e.Expression, FromLeft)) return null;
            if (!o.Conditions.All(c => ReadsOnly(c.Expression, FromLeft))) return null;
            AlgebraNode left = j.Left;
            foreach (var e in extends) left = e with { Inner = left };
            return (new OrderBy(left, o.Conditions), j.Right);
        }
    }

    /// <summary>
    /// The joined rows in order, for as long as they are read: the first m left rows by the bounded heap (m = k at first;
    /// most left rows are turned away by one comparison with the heap's worst, where a full sort would compare them all),
    /// joined; when they give fewer than k rows (left rows without a match), the next left rows come from a heap four
    /// times larger, the rows already given being its first m (the heap keeps exactly the first rows of the stable sort).
    /// </summary>
    private IEnumerable<int[]> JoinSortedPrefix(OrderBy sorted, AlgebraNode right, int k, int[] seed, ActiveGraph graph)
    {
        int m = Math.Max(k, 1), done = 0;
        while (true)
        {
            if (m == int.MaxValue) _topK.Remove(sorted); else _topK[sorted] = m;
            int index = 0;
            foreach (var l in Evaluate(sorted, seed, graph))
            {
                if (index++ < done) continue;
                foreach (var r in Evaluate(right, l, graph)) yield return r;
            }
            if (index < m) yield break; // every left row has been joined
            done = m;
            m = m > int.MaxValue / 4 ? int.MaxValue : m * 4;
        }
    }

    /// <summary>A deterministic expression without EXISTS whose variables are all allowed.</summary>
    private static bool ReadsOnly(Expression e, Func<string, bool> allowed)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        return IsMovable(e, names) && names.All(allowed);
    }
}
