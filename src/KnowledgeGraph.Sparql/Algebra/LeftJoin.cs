namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// LeftJoin(Ω1, Ω2, expr) — OPTIONAL. <see cref="Condition"/> holds the FILTERs that were written
/// at the top level of the OPTIONAL group (§18.2.2.6); it is evaluated on the merged solution,
/// and a left solution is kept unextended when no compatible right solution satisfies it.
/// Null means true.
/// </summary>
public sealed record LeftJoin(AlgebraNode Left, AlgebraNode Right, Expression? Condition) : AlgebraNode;
