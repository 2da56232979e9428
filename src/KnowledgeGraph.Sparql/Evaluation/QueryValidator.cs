using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Rejects, before evaluation starts, calls of functions the library does not define or with the wrong arity.</summary>
public static class QueryValidator
{
    private static readonly HashSet<string> SpecialForms = new(StringComparer.Ordinal) { "BOUND", "IF", "COALESCE" };

    public static void Validate(AlgebraNode node, SparqlFunctionLibrary functions) =>
        AlgebraWalker.Walk(node, ValidateNode, e => ValidateCall(e, functions));

    public static void Validate(Expression e, SparqlFunctionLibrary functions) =>
        AlgebraWalker.Walk(e, ValidateNode, x => ValidateCall(x, functions));

    private static void ValidateNode(AlgebraNode node)
    {
        if (node is not Group g) return;
        foreach (var a in g.Aggregates)
            if (a.Aggregate.Function == AggregateFunction.Custom)
                throw new SparqlException($"undefined aggregate function <{a.Aggregate.CustomIri}>");
    }

    private static void ValidateCall(Expression e, SparqlFunctionLibrary functions)
    {
        switch (e)
        {
            case BuiltInCall c:
                if (!SpecialForms.Contains(c.Name) && !functions.AcceptsArity(c.Name, c.Arguments.Count))
                    throw new SparqlException(functions.IsDefined(c.Name)
                        ? $"wrong number of arguments ({c.Arguments.Count}) for {c.Name}"
                        : $"undefined function {c.Name}");
                break;
            case FunctionCall f:
                if (!functions.IsDefined(f.Iri))
                    throw new SparqlException($"undefined function <{f.Iri}>");
                if (!functions.AcceptsArity(f.Iri, f.Arguments.Count))
                    throw new SparqlException($"wrong number of arguments ({f.Arguments.Count}) for <{f.Iri}>");
                break;
            case AggregateExpression:
                throw new SparqlException("aggregate used where it is not allowed (only in SELECT, HAVING and ORDER BY of a grouped query)");
        }
    }
}
