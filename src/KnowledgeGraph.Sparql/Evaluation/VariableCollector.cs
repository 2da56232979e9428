using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Assigns a row slot to every variable an algebra tree mentions, before evaluation starts.</summary>
public static class VariableCollector
{
    public static void Collect(AlgebraNode node, VariableSlots slots) =>
        AlgebraWalker.Walk(node, n => CollectBound(n, slots), e => CollectMentioned(e, slots));

    public static void Collect(Expression e, VariableSlots slots) =>
        AlgebraWalker.Walk(e, n => CollectBound(n, slots), x => CollectMentioned(x, slots));

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

    private static void CollectMentioned(Expression e, VariableSlots slots)
    {
        if (e is VariableExpression v) slots.Slot(v.Name);
    }

    /// <summary>The variables an operator itself binds or matches (those of its expressions come through the walk).</summary>
    private static void CollectBound(AlgebraNode node, VariableSlots slots)
    {
        switch (node)
        {
            case Bgp b:
                foreach (var t in b.Patterns) Collect(t, slots);
                break;
            case Algebra.Graph g: Collect(g.Name, slots); break;
            case Extend e: slots.Slot(e.Variable); break;
            case Table t: foreach (var v in t.Variables) slots.Slot(v); break;
            case Project p: foreach (var v in p.Variables) slots.Slot(v); break;
            case Group g:
                foreach (var k in g.Keys)
                    if (k.BoundVariable is { } bv) slots.Slot(bv);
                foreach (var a in g.Aggregates) slots.Slot(a.Variable);
                break;
            case PathPattern pp: Collect(pp.Subject, slots); Collect(pp.Object, slots); break;
            case Service sv: Collect(sv.Endpoint, slots); break;
        }
    }
}
