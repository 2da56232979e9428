namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Distinct(Ω): removes duplicate solutions, keeping the first of each.</summary>
public sealed record Distinct(AlgebraNode Inner) : AlgebraNode;

/// <summary>Reduced(Ω): may remove duplicates; removing none is a correct evaluation.</summary>
public sealed record Reduced(AlgebraNode Inner) : AlgebraNode;
