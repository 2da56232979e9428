using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    private static readonly string[] BinarySymbols = ["||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/"];

    public bool? EffectiveBoolean(Expression e, int[] row, ActiveGraph graph) =>
        TermComparer.EffectiveBooleanValue(EvaluateExpression(e, row, graph));

    /// <summary>The value of an expression on a solution; null is an error (unbound variables included).</summary>
    public INode? EvaluateExpression(Expression e, int[] row, ActiveGraph graph)
    {
        switch (e)
        {
            case VariableExpression v:
                return _slots.TryGetSlot(v.Name, out var slot) ? _terms.DecodeOrNull(row[slot]) : null;
            case ConstantExpression c:
                return c.Value;
            case UnaryExpression u:
            {
                var x = EvaluateExpression(u.Operand, row, graph);
                return u.Operator switch
                {
                    UnaryOperator.Not => Invoke("!", x),
                    UnaryOperator.Plus => Invoke("+", x),
                    _ => Invoke("-", x),
                };
            }
            case BinaryExpression b:
                return EvaluateBinary(b, row, graph);
            case InExpression i:
                return EvaluateIn(i, row, graph);
            case BuiltInCall call:
                return EvaluateBuiltIn(call, row, graph);
            case FunctionCall f:
            {
                var args = new INode?[f.Arguments.Count];
                for (int k = 0; k < args.Length; k++) args[k] = EvaluateExpression(f.Arguments[k], row, graph);
                return _functions.Invoke(f.Iri, args, _functionContext);
            }
            case ExistsExpression ex:
            {
                bool any = ExistsByTable(ex, row, graph) ?? Evaluate(ex.Pattern, row, graph).Any();
                return SparqlFunctionLibrary.Boolean(ex.Negated ? !any : any);
            }
            case AggregateExpression:
                throw new SparqlException("aggregate used outside of a grouped query's SELECT, HAVING or ORDER BY");
            default:
                throw new SparqlException($"unsupported expression {e.GetType().Name}");
        }
    }

    private static INode? Bool(bool? b) => b is bool v ? SparqlFunctionLibrary.Boolean(v) : null;

    private INode? Invoke(string name, INode? a) => _functions.Invoke(name, [a], _functionContext);

    private INode? EvaluateBinary(BinaryExpression b, int[] row, ActiveGraph graph)
    {
        switch (b.Operator)
        {
            case BinaryOperator.Or:
            {
                // §17.2: true || error = true, false || error = error.
                var l = EffectiveBoolean(b.Left, row, graph);
                if (l == true) return SparqlFunctionLibrary.Boolean(true);
                var r = EffectiveBoolean(b.Right, row, graph);
                if (r == true) return SparqlFunctionLibrary.Boolean(true);
                return l is null || r is null ? null : SparqlFunctionLibrary.Boolean(false);
            }
            case BinaryOperator.And:
            {
                var l = EffectiveBoolean(b.Left, row, graph);
                if (l == false) return SparqlFunctionLibrary.Boolean(false);
                var r = EffectiveBoolean(b.Right, row, graph);
                if (r == false) return SparqlFunctionLibrary.Boolean(false);
                return l is null || r is null ? null : SparqlFunctionLibrary.Boolean(true);
            }
            default:
            {
                var l = EvaluateExpression(b.Left, row, graph);
                var r = EvaluateExpression(b.Right, row, graph);
                if (l is null || r is null) return null;
                switch (b.Operator)
                {
                    // Comparisons straight to the comparer: they run once per row in most filters.
                    case BinaryOperator.Equal: return Bool(TermComparer.ValueEquals(l, r));
                    case BinaryOperator.NotEqual: return Bool(!TermComparer.ValueEquals(l, r));
                    case BinaryOperator.Less: return TermComparer.ValueCompare(l, r) is int c1 ? SparqlFunctionLibrary.Boolean(c1 < 0) : null;
                    case BinaryOperator.Greater: return TermComparer.ValueCompare(l, r) is int c2 ? SparqlFunctionLibrary.Boolean(c2 > 0) : null;
                    case BinaryOperator.LessOrEqual: return TermComparer.ValueCompare(l, r) is int c3 ? SparqlFunctionLibrary.Boolean(c3 <= 0) : null;
                    case BinaryOperator.GreaterOrEqual: return TermComparer.ValueCompare(l, r) is int c4 ? SparqlFunctionLibrary.Boolean(c4 >= 0) : null;
                }
                return _functions.Invoke(BinarySymbols[(int)b.Operator], [l, r], _functionContext);
            }
        }
    }

    private INode? EvaluateIn(InExpression i, int[] row, ActiveGraph graph)
    {
        var x = EvaluateExpression(i.Operand, row, graph);
        if (x is null) return null;
        bool error = false;
        foreach (var member in i.List)
        {
            var y = EvaluateExpression(member, row, graph);
            var eq = TermComparer.ValueEquals(x, y);
            if (eq == true) return SparqlFunctionLibrary.Boolean(!i.Negated);
            if (eq is null) error = true;
        }
        return error ? null : SparqlFunctionLibrary.Boolean(i.Negated);
    }

    private INode? EvaluateBuiltIn(BuiltInCall call, int[] row, ActiveGraph graph)
    {
        var a = call.Arguments;
        switch (call.Name)
        {
            case "BOUND":
                return a[0] is VariableExpression v
                    ? SparqlFunctionLibrary.Boolean(_slots.TryGetSlot(v.Name, out var s) && row[s] != 0)
                    : null;
            case "IF":
            {
                var c = EffectiveBoolean(a[0], row, graph);
                if (c is null) return null;
                return EvaluateExpression(c.Value ? a[1] : a[2], row, graph);
            }
            case "COALESCE":
                foreach (var x in a)
                    if (EvaluateExpression(x, row, graph) is { } value) return value;
                return null;
            default:
            {
                var args = new INode?[a.Count];
                for (int k = 0; k < args.Length; k++)
                {
                    args[k] = EvaluateExpression(a[k], row, graph);
                    // Every other built-in is strict: an erroneous argument makes the call an error.
                    if (args[k] is null) return null;
                }
                return _functions.Invoke(call.Name, args, _functionContext);
            }
        }
    }
}
