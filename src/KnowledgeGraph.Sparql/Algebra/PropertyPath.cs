namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path expression (§9, §18.2.2.4).</summary>
public abstract record PropertyPath;

/// <summary>A single predicate IRI (link(iri)).</summary>
public sealed record LinkPath(string Iri) : PropertyPath
{
    public override string ToString() => "<" + Iri + ">";
}

/// <summary>^path: the path traversed from object to subject.</summary>
public sealed record InversePath(PropertyPath Path) : PropertyPath;

/// <summary>path1 / path2.</summary>
public sealed record SequencePath(PropertyPath First, PropertyPath Second) : PropertyPath;

/// <summary>path1 | path2.</summary>
public sealed record AlternativePath(PropertyPath First, PropertyPath Second) : PropertyPath;

/// <summary>path* — zero or more steps; distinct endpoints.</summary>
public sealed record ZeroOrMorePath(PropertyPath Path) : PropertyPath;

/// <summary>path+ — one or more steps; distinct endpoints.</summary>
public sealed record OneOrMorePath(PropertyPath Path) : PropertyPath;

/// <summary>path? — zero or one step; distinct endpoints.</summary>
public sealed record ZeroOrOnePath(PropertyPath Path) : PropertyPath;

/// <summary>
/// !(iri1|...|^iriN): one step along any predicate not in <see cref="Forward"/>, or (for the
/// inverse members) one backward step along any predicate not in <see cref="Inverse"/>.
/// When both lists are non-empty the set is the alternative of the two negations (§18.2.2.4).
/// When only <see cref="Inverse"/> is non-empty only backward steps are taken.
/// </summary>
public sealed record NegatedPropertySet(ValueList<string> Forward, ValueList<string> Inverse) : PropertyPath;
