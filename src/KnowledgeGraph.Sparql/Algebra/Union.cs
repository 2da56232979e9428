namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Union(Ω1, Ω2): the multiset union (bag concatenation) of both sides.</summary>
public sealed record Union(AlgebraNode Left, AlgebraNode Right) : AlgebraNode;
