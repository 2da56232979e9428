namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Slice(Ω, offset, length): OFFSET and LIMIT. <see cref="Limit"/> null means no limit.</summary>
public sealed record Slice(AlgebraNode Inner, long Offset, long? Limit) : AlgebraNode;
