using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Visits every operator and every expression of an algebra tree, depth-first, each before its children: the one
/// traversal behind the checks and collections made before evaluation, so a new operator is taught to them once.
/// Expressions include EXISTS patterns (walked as trees) and the arguments of a Group's aggregates; the
/// AggregateExpression of a Group binding itself is not visited (only one found elsewhere is).
/// </summary>
public static class AlgebraWalker
{
    public static void Walk(AlgebraNode node, Action<AlgebraNode>? onNode, Action<Expression>? onExpression)
    {
        onNode?.Invoke(node);
        switch (node)
        {
            case Join j: Walk(j.Left, onNode, onExpression); Walk(j.Right, onNode, onExpression); break;
            case LeftJoin lj:
                Walk(lj.Left, onNode, onExpression);
                Walk(lj.Right, onNode, onExpression);
                if (lj.Condition is not null) Walk(lj.Condition, onNode, onExpression);
                break;
            case Filter f: Walk(f.Condition, onNode, onExpression); Walk(f.Inner, onNode, onExpression); break;
            case Union u: Walk(u.Left, onNode, onExpression); Walk(u.Right, onNode, onExpression); break;
            case Minus m: Walk(m.Left, onNode, onExpression); Walk(m.Right, onNode, onExpression); break;
            case Algebra.Graph g: Walk(g.Inner, onNode, onExpression); break;
            case Extend e: Walk(e.Expression, onNode, onExpression); Walk(e.Inner, onNode, onExpression); break;
            case Project p: Walk(p.Inner, onNode, onExpression); break;
            case Distinct d: Walk(d.Inner, onNode, onExpression); break;
            case Reduced r: Walk(r.Inner, onNode, onExpression); break;
            case OrderBy o:
                Walk(o.Inner, onNode, onExpression);
                foreach (var c in o.Conditions) Walk(c.Expression, onNode, onExpression);
                break;
            case Slice s: Walk(s.Inner, onNode, onExpression); break;
            case Group g:
                Walk(g.Inner, onNode, onExpression);
                foreach (var k in g.Keys) Walk(k.Expression, onNode, onExpression);
                foreach (var a in g.Aggregates)
                    if (a.Aggregate.Argument is not null) Walk(a.Aggregate.Argument, onNode, onExpression);
                break;
            case Service sv: Walk(sv.Inner, onNode, onExpression); break;
        }
    }

    public static void Walk(Expression e, Action<AlgebraNode>? onNode, Action<Expression>? onExpression)
    {
        onExpression?.Invoke(e);
        switch (e)
        {
            case UnaryExpression u: Walk(u.Operand, onNode, onExpression); break;
            case BinaryExpression b: Walk(b.Left, onNode, onExpression); Walk(b.Right, onNode, onExpression); break;
            case InExpression i:
                Walk(i.Operand, onNode, onExpression);
                foreach (var x in i.List) Walk(x, onNode, onExpression);
                break;
            case BuiltInCall c: foreach (var x in c.Arguments) Walk(x, onNode, onExpression); break;
            case FunctionCall f: foreach (var x in f.Arguments) Walk(x, onNode, onExpression); break;
            case ExistsExpression ex: Walk(ex.Pattern, onNode, onExpression); break;
            case AggregateExpression a:
                if (a.Argument is not null) Walk(a.Argument, onNode, onExpression);
                break;
        }
    }
}
