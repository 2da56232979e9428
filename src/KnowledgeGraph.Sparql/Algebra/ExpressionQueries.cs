namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Questions about expression trees that the optimizer and the evaluator both ask.</summary>
public static class ExpressionQueries
{
    /// <summary>
    /// True when <paramref name="e"/> contains an EXISTS or NOT EXISTS: its value depends on the active graph and on the
    /// solution it is evaluated in, so it must stay where the query put it.
    /// </summary>
    public static bool ContainsExists(Expression e) => e switch
    {
        ExistsExpression => true,
        UnaryExpression u => ContainsExists(u.Operand),
        BinaryExpression b => ContainsExists(b.Left) || ContainsExists(b.Right),
        InExpression i => ContainsExists(i.Operand) || i.List.Any(ContainsExists),
        BuiltInCall c => c.Arguments.Any(ContainsExists),
        FunctionCall f => f.Arguments.Any(ContainsExists),
        _ => false,
    };
}
