namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Project(Ω, vars): restricts each solution to <see cref="Variables"/> (names without '?').</summary>
public sealed record Project(AlgebraNode Inner, ValueList<string> Variables) : AlgebraNode;
