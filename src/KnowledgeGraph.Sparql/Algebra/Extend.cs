namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Extend(Ω, var, expr) — BIND and SELECT (expr AS ?var). When the expression raises an error
/// the solution is kept with <see cref="Variable"/> unbound.
/// </summary>
public sealed record Extend(AlgebraNode Inner, string Variable, Expression Expression) : AlgebraNode;
