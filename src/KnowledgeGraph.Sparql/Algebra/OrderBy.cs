namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>OrderBy(Ω, conditions): a stable sort by the conditions in turn, with the ordering of §15.1.</summary>
public sealed record OrderBy(AlgebraNode Inner, ValueList<OrderCondition> Conditions) : AlgebraNode;

public sealed record OrderCondition(Expression Expression, bool Descending);
