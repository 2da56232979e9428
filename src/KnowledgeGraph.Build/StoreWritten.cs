namespace KnowledgeGraph.Build;

/// <summary>How a build wrote its binary store: <paramref name="Delta"/>, over the kept build's base with the
/// <paramref name="Statements"/> of the subjects that changed (<see cref="KnowledgeGraph.Rdf.BinaryStoreDelta"/>); else
/// whole, with every statement.</summary>
public sealed record StoreWritten(bool Delta, long Statements);
