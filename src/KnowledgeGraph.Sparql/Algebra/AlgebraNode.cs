namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A node of the SPARQL 1.1 algebra (§18.2 and §18.5). Each operator evaluates to a multiset of
/// solutions. Records compare by value; list members use <see cref="ValueList{T}"/> so equal trees
/// are equal (the optimizer tests rely on it).
/// </summary>
public abstract record AlgebraNode;
