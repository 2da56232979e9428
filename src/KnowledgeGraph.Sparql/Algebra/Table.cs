using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A constant multiset of solutions: VALUES (inline data, UNDEF as null). Each row has one entry
/// per variable of <see cref="Variables"/>. <see cref="Unit"/> is the table of one empty solution
/// (the identity of Join, §18.2.2.5 "Z").
/// </summary>
public sealed record Table(ValueList<string> Variables, ValueList<ValueList<INode?>> Rows) : AlgebraNode
{
    public static Table Unit { get; } = new(ValueList<string>.Empty, new ValueList<ValueList<INode?>>(new[] { ValueList<INode?>.Empty }));

    public static Table Empty { get; } = new(ValueList<string>.Empty, ValueList<ValueList<INode?>>.Empty);
}
