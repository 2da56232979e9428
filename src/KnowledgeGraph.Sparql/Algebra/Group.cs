namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Group + Aggregation + AggregateJoin of §18.2.4.1 in one operator. Solutions of <see cref="Inner"/>
/// are partitioned by the values of <see cref="Keys"/> (errors count as unbound). For each group one
/// solution is produced binding:
/// - the key variables: a key whose expression is a plain variable binds that variable; a key with
///   an alias (GROUP BY (expr AS ?v)) binds the alias; other keys bind nothing;
/// - each <see cref="AggregateBinding.Variable"/> to its aggregate over the group (unbound on error).
/// With no keys there is exactly one group, even when Inner is empty (so COUNT(*) gives 0).
/// </summary>
public sealed record Group(AlgebraNode Inner, ValueList<GroupKey> Keys, ValueList<AggregateBinding> Aggregates) : AlgebraNode;

/// <summary>A GROUP BY condition, with the variable it binds when written (expr AS ?var).</summary>
public sealed record GroupKey(Expression Expression, string? Alias)
{
    /// <summary>The variable this key binds in the group's solution, if any.</summary>
    public string? BoundVariable => Alias ?? (Expression as VariableExpression)?.Name;
}

/// <summary>An aggregate computed per group, bound to an internal variable (name starts with '.').</summary>
public sealed record AggregateBinding(string Variable, AggregateExpression Aggregate);
