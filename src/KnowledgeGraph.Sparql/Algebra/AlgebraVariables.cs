namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Variable sets of algebra trees and expressions (§18.2.1 "in-scope" variables).</summary>
public static class AlgebraVariables
{
    /// <summary>
    /// The in-scope variables of <paramref name="node"/>, in order of first appearance, including
    /// blank-node ("_:") and internal ('.') variables.
    /// </summary>
    public static IReadOnlyList<string> InScope(AlgebraNode node)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(node, result, seen);
        return result;
    }

    /// <summary>The in-scope variables a user may see (no blank-node or internal variables).</summary>
    public static IReadOnlyList<string> InScopeUserVariables(AlgebraNode node) =>
        InScope(node).Where(Variable.IsUserName).ToList();

    /// <summary>
    /// The variables certainly bound in every solution of <paramref name="node"/> (used by the optimizer
    /// to push filters safely). A subset of the in-scope variables.
    /// </summary>
    public static IReadOnlySet<string> CertainlyBound(AlgebraNode node)
    {
        switch (node)
        {
            case Bgp bgp:
                return bgp.Patterns.SelectMany(p => p.Variables).ToHashSet(StringComparer.Ordinal);
            case PathPattern path:
                var set = new HashSet<string>(StringComparer.Ordinal);
                if (path.Subject is Variable s) set.Add(s.Name);
                if (path.Object is Variable o) set.Add(o.Name);
                return set;
            case Join join:
                var both = new HashSet<string>(CertainlyBound(join.Left), StringComparer.Ordinal);
                both.UnionWith(CertainlyBound(join.Right));
                return both;
            case LeftJoin leftJoin:
                return CertainlyBound(leftJoin.Left);
            case Minus minus:
                return CertainlyBound(minus.Left);
            case Union union:
                var left = new HashSet<string>(CertainlyBound(union.Left), StringComparer.Ordinal);
                left.IntersectWith(CertainlyBound(union.Right));
                return left;
            case Filter filter:
                return CertainlyBound(filter.Inner);
            case Graph graph:
                var g = new HashSet<string>(CertainlyBound(graph.Inner), StringComparer.Ordinal);
                if (graph.Name is Variable gv) g.Add(gv.Name);
                return g;
            case Extend extend:
                // The expression may fail and leave the variable unbound.
                return CertainlyBound(extend.Inner);
            case Project project:
                var p = new HashSet<string>(CertainlyBound(project.Inner), StringComparer.Ordinal);
                p.IntersectWith(project.Variables);
                return p;
            case Distinct distinct:
                return CertainlyBound(distinct.Inner);
            case Reduced reduced:
                return CertainlyBound(reduced.Inner);
            case Slice slice:
                return CertainlyBound(slice.Inner);
            case OrderBy orderBy:
                return CertainlyBound(orderBy.Inner);
            case Table table:
                var t = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < table.Variables.Count; i++)
                    if (table.Rows.All(r => r[i] is not null)) t.Add(table.Variables[i]);
                return t;
            case Group group:
                var k = new HashSet<string>(StringComparer.Ordinal);
                if (group.Keys.Count > 0)
                    foreach (var key in group.Keys)
                        if (key.Expression is VariableExpression ve && key.Alias is null && CertainlyBound(group.Inner).Contains(ve.Name))
                            k.Add(ve.Name);
                return k;
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    private static void Add(string name, List<string> result, HashSet<string> seen)
    {
        if (seen.Add(name)) result.Add(name);
    }

    private static void Collect(AlgebraNode node, List<string> result, HashSet<string> seen)
    {
        switch (node)
        {
            case Bgp bgp:
                foreach (var tp in bgp.Patterns)
                    foreach (var v in tp.Variables) Add(v, result, seen);
                break;
            case PathPattern path:
                if (path.Subject is Variable s) Add(s.Name, result, seen);
                if (path.Object is Variable o) Add(o.Name, result, seen);
                break;
            case Join join: Collect(join.Left, result, seen); Collect(join.Right, result, seen); break;
            case LeftJoin leftJoin: Collect(leftJoin.Left, result, seen); Collect(leftJoin.Right, result, seen); break;
            case Union union: Collect(union.Left, result, seen); Collect(union.Right, result, seen); break;
            case Minus minus: Collect(minus.Left, result, seen); break;
            case Filter filter: Collect(filter.Inner, result, seen); break;
            case Graph graph:
                if (graph.Name is Variable gv) Add(gv.Name, result, seen);
                Collect(graph.Inner, result, seen);
                break;
            case Service service:
                if (service.Endpoint is Variable sv) Add(sv.Name, result, seen);
                Collect(service.Inner, result, seen);
                break;
            case Extend extend: Collect(extend.Inner, result, seen); Add(extend.Variable, result, seen); break;
            case Project project:
                foreach (var v in project.Variables) Add(v, result, seen);
                break;
            case Distinct distinct: Collect(distinct.Inner, result, seen); break;
            case Reduced reduced: Collect(reduced.Inner, result, seen); break;
            case Slice slice: Collect(slice.Inner, result, seen); break;
            case OrderBy orderBy: Collect(orderBy.Inner, result, seen); break;
            case Table table:
                foreach (var v in table.Variables) Add(v, result, seen);
                break;
            case Group group:
                foreach (var key in group.Keys)
                    if (key.BoundVariable is { } kv) Add(kv, result, seen);
                foreach (var agg in group.Aggregates) Add(agg.Variable, result, seen);
                break;
        }
    }

    /// <summary>Variables an expression mentions, outside EXISTS patterns and aggregates when asked.</summary>
    public static IReadOnlySet<string> Mentioned(Expression expression, bool includeAggregateArguments = true)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        CollectExpression(expression, set, includeAggregateArguments);
        return set;
    }

    private static void CollectExpression(Expression e, HashSet<string> set, bool includeAggregates)
    {
        switch (e)
        {
            case VariableExpression v: set.Add(v.Name); break;
            case UnaryExpression u: CollectExpression(u.Operand, set, includeAggregates); break;
            case BinaryExpression b:
                CollectExpression(b.Left, set, includeAggregates);
                CollectExpression(b.Right, set, includeAggregates);
                break;
            case InExpression i:
                CollectExpression(i.Operand, set, includeAggregates);
                foreach (var x in i.List) CollectExpression(x, set, includeAggregates);
                break;
            case BuiltInCall c:
                foreach (var x in c.Arguments) CollectExpression(x, set, includeAggregates);
                break;
            case FunctionCall f:
                foreach (var x in f.Arguments) CollectExpression(x, set, includeAggregates);
                break;
            case AggregateExpression a when includeAggregates && a.Argument is not null:
                CollectExpression(a.Argument, set, includeAggregates);
                break;
            case ExistsExpression ex:
                foreach (var v in InScope(ex.Pattern)) set.Add(v);
                break;
        }
    }
}
