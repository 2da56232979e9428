namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Minus(Ω1, Ω2): solutions of the left side that are not compatible with any right solution
/// sharing at least one variable (§18.5, disjoint domains never remove).
/// </summary>
public sealed record Minus(AlgebraNode Left, AlgebraNode Right) : AlgebraNode;
