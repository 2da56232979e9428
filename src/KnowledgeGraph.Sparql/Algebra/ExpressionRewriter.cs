namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Rebuilds expression trees bottom-up (used to replace aggregates by variables, and by constant folding).</summary>
public static class ExpressionRewriter
{
    /// <summary>
    /// Applies <paramref name="replace"/> top-down: when it returns non-null for a node, that result
    /// replaces the node (and its children are not visited); otherwise children are rewritten.
    /// EXISTS patterns are left as they are.
    /// </summary>
    public static Expression Rewrite(Expression e, Func<Expression, Expression?> replace)
    {
        var replaced = replace(e);
        if (replaced is not null) return replaced;
        return e switch
        {
            UnaryExpression u => u with { Operand = Rewrite(u.Operand, replace) },
            BinaryExpression b => b with { Left = Rewrite(b.Left, replace), Right = Rewrite(b.Right, replace) },
            InExpression i => i with { Operand = Rewrite(i.Operand, replace), List = new ValueList<Expression>(i.List.Select(x => Rewrite(x, replace))) },
            BuiltInCall c => c with { Arguments = new ValueList<Expression>(c.Arguments.Select(x => Rewrite(x, replace))) },
            FunctionCall f => f with { Arguments = new ValueList<Expression>(f.Arguments.Select(x => Rewrite(x, replace))) },
            AggregateExpression a when a.Argument is not null => a with { Argument = Rewrite(a.Argument, replace) },
            _ => e,
        };
    }

    /// <summary>True when some node of the tree (outside EXISTS) satisfies <paramref name="predicate"/>.</summary>
    public static bool Any(Expression e, Func<Expression, bool> predicate)
    {
        if (predicate(e)) return true;
        return e switch
        {
            UnaryExpression u => Any(u.Operand, predicate),
            BinaryExpression b => Any(b.Left, predicate) || Any(b.Right, predicate),
            InExpression i => Any(i.Operand, predicate) || i.List.Any(x => Any(x, predicate)),
            BuiltInCall c => c.Arguments.Any(x => Any(x, predicate)),
            FunctionCall f => f.Arguments.Any(x => Any(x, predicate)),
            AggregateExpression a => a.Argument is not null && Any(a.Argument, predicate),
            _ => false,
        };
    }
}
