namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Path(X, path, Y) of §18.2.2.4: a property path that could not be reduced to triple patterns
/// (it uses *, +, ?, a negated property set, or an alternative). Evaluated against the active graph;
/// ZeroOrMore/ZeroOrOne and * semantics are those of §18.4 (distinct endpoints for * and +).
/// </summary>
public sealed record PathPattern(PatternItem Subject, PropertyPath Path, PatternItem Object) : AlgebraNode;
