using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// FILTER over VALUES joined with a pattern, where the FILTER reads a VALUES variable (the query library's parameters:
/// VALUES ?month { "2025-12" } … FILTER(STRSTARTS(STR(?date), ?month))). Per VALUES row, the row's constants are put
/// in place of its variables in the FILTER, which then names only the pattern's variables: it is checked inside the
/// pattern's loop as soon as they are bound, memoised per term, as a FILTER written with the constant would be. The
/// rows still carry the VALUES bindings, and the expression reads the same values either way.
/// </summary>
public sealed partial class QueryEvaluator
{
    private readonly Dictionary<(Filter, int), Filter> _valuesFilters = new();

    private IEnumerable<int[]>? EvaluateValuesFilter(Filter f, int[] seed, ActiveGraph graph)
    {
        if (f.Inner is not Join { Left: Table t, Right: var pattern } || !IsJoinablePattern(pattern) || ExpressionQueries.ContainsExists(f.Condition)) return null;
        var mentioned = AlgebraVariables.Mentioned(f.Condition);
        if (!t.Variables.Any(mentioned.Contains)) return null;
        return Run();

        IEnumerable<int[]> Run()
        {
            var slots = t.Variables.Select(v => _slots.Slot(v)).ToArray();
            for (int i = 0; i < t.Rows.Count; i++)
            {
                var row = (int[])seed.Clone();
                var constants = new Dictionary<string, INode>(StringComparer.Ordinal);
                bool ok = true;
                for (int k = 0; k < slots.Length && ok; k++)
                {
                    if (t.Rows[i][k] is not { } node) continue;
                    int id = _terms.Encode(node);
                    if (row[slots[k]] == 0) row[slots[k]] = id;
                    else ok = row[slots[k]] == id;
                }
                if (!ok) continue;
                // Only the VALUES row's own constants are put in; a seed binding stays a variable (it may vary).
                for (int k = 0; k < slots.Length; k++)
                    if (t.Rows[i][k] is { } node) constants[t.Variables[k]] = node;
                if (!_valuesFilters.TryGetValue((f, i), out var filter))
                    _valuesFilters[(f, i)] = filter = new Filter(Substitute(f.Condition, constants), pattern);
                foreach (var r in EvaluateFilter(filter, row, graph)) yield return r;
            }
        }
    }

    /// <summary>The expression with the given variables replaced by constants (never called on one holding EXISTS).</summary>
    private static Expression Substitute(Expression e, Dictionary<string, INode> constants) => e switch
    {
        VariableExpression v when constants.TryGetValue(v.Name, out var node) => new ConstantExpression(node),
        UnaryExpression u => u with { Operand = Substitute(u.Operand, constants) },
        BinaryExpression b => b with { Left = Substitute(b.Left, constants), Right = Substitute(b.Right, constants) },
        InExpression i => i with { Operand = Substitute(i.Operand, constants), List = new ValueList<Expression>(i.List.Select(x => Substitute(x, constants))) },
        // BOUND(?v) asks about the variable itself: a constant there would not parse; leave such calls whole.
        BuiltInCall { Name: "BOUND" } => e,
        BuiltInCall c => c with { Arguments = new ValueList<Expression>(c.Arguments.Select(x => Substitute(x, constants))) },
        FunctionCall fc => fc with { Arguments = new ValueList<Expression>(fc.Arguments.Select(x => Substitute(x, constants))) },
        _ => e,
    };
}
