using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Moves each conjunct of a filter below a Join (into the side that certainly binds every variable
/// the conjunct mentions) or below a LeftJoin's left side under the same condition. A conjunct
/// whose variables are all certainly bound sees the same values before and after the join, so its
/// value — and the set of surviving solutions — does not change. Conjuncts that mention a variable
/// that may be unbound stay where they are (BOUND, COALESCE and errors depend on it). A conjunct also moves
/// below a BIND (Extend) whose variable it does not read.
/// </summary>
public sealed class FilterPushdown : IAlgebraRewrite
{
    public AlgebraNode Rewrite(AlgebraNode node) => AlgebraTransformer.BottomUp(node, n => n is Filter f ? Push(f) : n);

    private static AlgebraNode Push(Filter filter)
    {
        var conjuncts = SplitConjunction(filter.Condition);
        var remaining = new List<Expression>();
        var inner = filter.Inner;
        foreach (var conjunct in conjuncts)
        {
            var pushed = TryPush(conjunct, inner);
            if (pushed is null) remaining.Add(conjunct);
            else inner = pushed;
        }
        if (remaining.Count == 0) return inner;
        return new Filter(Conjoin(remaining), inner);
    }

    private static AlgebraNode? TryPush(Expression conjunct, AlgebraNode target)
    {
        var mentioned = AlgebraVariables.Mentioned(conjunct);
        switch (target)
        {
            case Join join:
                if (mentioned.All(AlgebraVariables.CertainlyBound(join.Left).Contains))
                    return join with { Left = AddFilter(conjunct, join.Left) };
                if (mentioned.All(AlgebraVariables.CertainlyBound(join.Right).Contains))
                    return join with { Right = AddFilter(conjunct, join.Right) };
                return null;
            case LeftJoin leftJoin:
                if (mentioned.All(AlgebraVariables.CertainlyBound(leftJoin.Left).Contains))
                    return leftJoin with { Left = AddFilter(conjunct, leftJoin.Left) };
                return null;
            case Extend extend when !mentioned.Contains(extend.Variable) && !ExpressionQueries.ContainsExists(conjunct):
                // A BIND adds one variable to each row and removes none: a conjunct that does not read that variable
                // keeps the same rows below it, where it can run before the BIND's expression (and inside the BGP).
                // Not with EXISTS: a FILTER inside its pattern may read the BIND's variable without it being in scope.
                return extend with { Inner = AddFilter(conjunct, extend.Inner) };
            default:
                return null;
        }
    }

    private static AlgebraNode AddFilter(Expression conjunct, AlgebraNode target)
    {
        var pushedFurther = TryPush(conjunct, target);
        if (pushedFurther is not null) return pushedFurther;
        return target is Filter existing
            ? new Filter(new BinaryExpression(BinaryOperator.And, existing.Condition, conjunct), existing.Inner)
            : new Filter(conjunct, target);
    }

    internal static List<Expression> SplitConjunction(Expression e)
    {
        var list = new List<Expression>();
        void Go(Expression x)
        {
            if (x is BinaryExpression { Operator: BinaryOperator.And } and) { Go(and.Left); Go(and.Right); }
            else list.Add(x);
        }
        Go(e);
        return list;
    }

    internal static Expression Conjoin(IReadOnlyList<Expression> parts)
    {
        var result = parts[0];
        for (int i = 1; i < parts.Count; i++) result = new BinaryExpression(BinaryOperator.And, result, parts[i]);
        return result;
    }
}
