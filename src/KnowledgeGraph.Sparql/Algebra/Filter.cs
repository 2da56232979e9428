namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Filter(expr, Ω): keeps the solutions on which the effective boolean value of
/// <see cref="Condition"/> is true (errors eliminate). Several FILTERs of one group are
/// combined with logical-and into one condition.
/// </summary>
public sealed record Filter(Expression Condition, AlgebraNode Inner) : AlgebraNode;
