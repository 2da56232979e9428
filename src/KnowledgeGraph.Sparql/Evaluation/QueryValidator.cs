using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Rejects, before evaluation starts, calls of functions the library does not define or with the wrong arity.</summary>
public static class QueryValidator
{
    private static readonly HashSet<string> SpecialForms = new(StringComparer.Ordinal) { "BOUND", "IF", "COALESCE" };

    public static void Validate(AlgebraNode node, SparqlFunctionLibrary functions)
    {
        switch (node)
        {
            case Bgp or PathPattern or Table: break;
            case Join j: Validate(j.Left, functions); Validate(j.Right, functions); break;
            case LeftJoin lj:
                Validate(lj.Left, functions); Validate(lj.Right, functions);
                if (lj.Condition is not null) Validate(lj.Condition, functions);
                break;
            case Filter f: Validate(f.Condition, functions); Validate(f.Inner, functions); break;
            case Union u: Validate(u.Left, functions); Validate(u.Right, functions); break;
            case Minus m: Validate(m.Left, functions); Validate(m.Right, functions); break;
            case Algebra.Graph g: Validate(g.Inner, functions); break;
            case Extend e: Validate(e.Expression, functions); Validate(e.Inner, functions); break;
            case Project p: Validate(p.Inner, functions); break;
            case Distinct d: Validate(d.Inner, functions); break;
            case Reduced r: Validate(r.Inner, functions); break;
            case OrderBy o:
                Validate(o.Inner, functions);
                foreach (var c in o.Conditions) Validate(c.Expression, functions);
                break;
            case Slice s: Validate(s.Inner, functions); break;
            case Group g:
                Validate(g.Inner, functions);
                foreach (var k in g.Keys) Validate(k.Expression, functions);
                foreach (var a in g.Aggregates)
                {
                    if (a.Aggregate.Function == AggregateFunction.Custom)
                        throw new SparqlException($"undefined aggregate function <{a.Aggregate.CustomIri}>");
                    if (a.Aggregate.Argument is not null) Validate(a.Aggregate.Argument, functions);
                }
                break;
            case Service sv: Validate(sv.Inner, functions); break;
        }
    }

    public static void Validate(Expression e, SparqlFunctionLibrary functions)
    {
        switch (e)
        {
            case UnaryExpression u: Validate(u.Operand, functions); break;
            case BinaryExpression b: Validate(b.Left, functions); Validate(b.Right, functions); break;
            case InExpression i:
                Validate(i.Operand, functions);
                foreach (var x in i.List) Validate(x, functions);
                break;
            case BuiltInCall c:
                if (!SpecialForms.Contains(c.Name) && !functions.AcceptsArity(c.Name, c.Arguments.Count))
                    throw new SparqlException(functions.IsDefined(c.Name)
                        ? $"wrong number of arguments ({c.Arguments.Count}) for {c.Name}"
                        : $"undefined function {c.Name}");
                foreach (var x in c.Arguments) Validate(x, functions);
                break;
            case FunctionCall f:
                if (!functions.IsDefined(f.Iri))
                    throw new SparqlException($"undefined function <{f.Iri}>");
                if (!functions.AcceptsArity(f.Iri, f.Arguments.Count))
                    throw new SparqlException($"wrong number of arguments ({f.Arguments.Count}) for <{f.Iri}>");
                foreach (var x in f.Arguments) Validate(x, functions);
                break;
            case ExistsExpression ex: Validate(ex.Pattern, functions); break;
            case AggregateExpression:
                throw new SparqlException("aggregate used where it is not allowed (only in SELECT, HAVING and ORDER BY of a grouped query)");
        }
    }
}
