using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Assigns a row slot to every variable an algebra tree mentions, before evaluation starts.</summary>
public static class VariableCollector
{
    public static void Collect(AlgebraNode node, VariableSlots slots)
    {
        switch (node)
        {
            case Bgp b:
                foreach (var t in b.Patterns) Collect(t, slots);
                break;
            case Join j: Collect(j.Left, slots); Collect(j.Right, slots); break;
            case LeftJoin lj:
                Collect(lj.Left, slots); Collect(lj.Right, slots);
                if (lj.Condition is not null) Collect(lj.Condition, slots);
                break;
            case Filter f: Collect(f.Condition, slots); Collect(f.Inner, slots); break;
            case Union u: Collect(u.Left, slots); Collect(u.Right, slots); break;
            case Minus m: Collect(m.Left, slots); Collect(m.Right, slots); break;
            case Algebra.Graph g: Collect(g.Name, slots); Collect(g.Inner, slots); break;
            case Extend e: slots.Slot(e.Variable); Collect(e.Expression, slots); Collect(e.Inner, slots); break;
            case Table t: foreach (var v in t.Variables) slots.Slot(v); break;
            case Project p: foreach (var v in p.Variables) slots.Slot(v); Collect(p.Inner, slots); break;
            case Distinct d: Collect(d.Inner, slots); break;
            case Reduced r: Collect(r.Inner, slots); break;
            case OrderBy o:
                Collect(o.Inner, slots);
                foreach (var c in o.Conditions) Collect(c.Expression, slots);
                break;
            case Slice s: Collect(s.Inner, slots); break;
            case Group g:
                Collect(g.Inner, slots);
                foreach (var k in g.Keys)
                {
                    Collect(k.Expression, slots);
                    if (k.BoundVariable is { } bv) slots.Slot(bv);
                }
                foreach (var a in g.Aggregates)
                {
                    slots.Slot(a.Variable);
                    if (a.Aggregate.Argument is not null) Collect(a.Aggregate.Argument, slots);
                }
                break;
            case PathPattern pp: Collect(pp.Subject, slots); Collect(pp.Object, slots); break;
            case Service sv: Collect(sv.Endpoint, slots); Collect(sv.Inner, slots); break;
        }
    }

    public static void Collect(TriplePattern t, VariableSlots slots)
    {
        Collect(t.Subject, slots);
        Collect(t.Predicate, slots);
        Collect(t.Object, slots);
    }

    public static void Collect(PatternItem? item, VariableSlots slots)
    {
        if (item is Variable v) slots.Slot(v.Name);
    }

    public static void Collect(Expression e, VariableSlots slots)
    {
        switch (e)
        {
            case VariableExpression v: slots.Slot(v.Name); break;
            case UnaryExpression u: Collect(u.Operand, slots); break;
            case BinaryExpression b: Collect(b.Left, slots); Collect(b.Right, slots); break;
            case InExpression i:
                Collect(i.Operand, slots);
                foreach (var x in i.List) Collect(x, slots);
                break;
            case BuiltInCall c: foreach (var x in c.Arguments) Collect(x, slots); break;
            case FunctionCall f: foreach (var x in f.Arguments) Collect(x, slots); break;
            case ExistsExpression ex: Collect(ex.Pattern, slots); break;
            case AggregateExpression a:
                if (a.Argument is not null) Collect(a.Argument, slots);
                break;
        }
    }
}
