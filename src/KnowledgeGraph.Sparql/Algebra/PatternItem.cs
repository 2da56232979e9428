using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// One position of a triple pattern, quad pattern, path pattern or GRAPH/SERVICE name:
/// either a <see cref="Variable"/> or a fixed RDF term (<see cref="TermItem"/>).
/// </summary>
public abstract record PatternItem
{
    public abstract bool IsVariable { get; }

    public static PatternItem Of(INode node) => new TermItem(node);

    public static PatternItem Var(string name) => new Variable(name);
}

/// <summary>
/// A query variable, named without '?' or '$'. Blank nodes of a WHERE clause are translated into
/// variables whose name starts with "_:" (a spelling no user variable can have), as §18.2.1 allows:
/// they join like variables but are never projected by SELECT *.
/// Variables that the translator itself introduces (aggregate results, …) start with '.'.
/// </summary>
public sealed record Variable(string Name) : PatternItem
{
    public override bool IsVariable => true;

    /// <summary>True for a variable standing for a blank node of the query text.</summary>
    public bool IsBlankNodeVariable => IsBlankNodeName(Name);

    /// <summary>True for a variable the translator made up (never visible to users).</summary>
    public bool IsInternal => IsInternalName(Name);

    public static bool IsBlankNodeName(string name) => name.StartsWith("_:", StringComparison.Ordinal);

    public static bool IsInternalName(string name) => name.StartsWith('.');

    /// <summary>True when the variable may appear in results (neither a blank node nor internal).</summary>
    public static bool IsUserName(string name) => !IsBlankNodeName(name) && !IsInternalName(name);

    public override string ToString() => "?" + Name;
}

/// <summary>A fixed RDF term in a pattern. In CONSTRUCT templates and INSERT templates a
/// <see cref="BlankNode"/> term stands for a fresh blank node per solution.</summary>
public sealed record TermItem(INode Node) : PatternItem
{
    public override bool IsVariable => false;

    public override string ToString() => Node.ToNTriples();
}
