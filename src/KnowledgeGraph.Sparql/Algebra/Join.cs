namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Join(Ω1, Ω2): merge of compatible solutions.</summary>
public sealed record Join(AlgebraNode Left, AlgebraNode Right) : AlgebraNode;
