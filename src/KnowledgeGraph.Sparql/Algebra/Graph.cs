namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Graph(name, P): evaluates <see cref="Inner"/> with a named graph as the active graph. When
/// <see cref="Name"/> is a variable, P is evaluated in every named graph of the dataset and the
/// variable is bound to the graph name (joined with any binding P gives it).
/// </summary>
public sealed record Graph(PatternItem Name, AlgebraNode Inner) : AlgebraNode;
