using System.Globalization;
using System.Numerics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Folds expression subtrees whose operands are all constants, where the result is certain:
/// +, −, × and comparisons of xsd:integer constants, !, &amp;&amp;, || of xsd:boolean constants.
/// A filter whose condition folds to true disappears; one folding to false yields no solution.
/// Anything that could raise an error (division, casts, functions) is left to the evaluator.
/// </summary>
public sealed class ConstantFolding : IAlgebraRewrite
{
    private static readonly LiteralNode True = LiteralNode.Typed("true", Vocabulary.XsdBoolean);
    private static readonly LiteralNode False = LiteralNode.Typed("false", Vocabulary.XsdBoolean);

    public AlgebraNode Rewrite(AlgebraNode node) => AlgebraTransformer.BottomUp(node, n => n switch
    {
        Filter f => FoldFilter(f),
        Extend e => e with { Expression = Fold(e.Expression) },
        LeftJoin { Condition: not null } l => l with { Condition = Fold(l.Condition!) },
        OrderBy o => o with { Conditions = o.Conditions.Select(c => c with { Expression = Fold(c.Expression) }).ToArray() },
        _ => n,
    });

    private static AlgebraNode FoldFilter(Filter f)
    {
        var condition = Fold(f.Condition);
        if (condition is ConstantExpression { Value: LiteralNode { Datatype: Vocabulary.XsdBoolean } b })
        {
            if (b.Value == "true") return f.Inner;
            if (b.Value == "false") return Table.Empty;
        }
        return f with { Condition = condition };
    }

    public static Expression Fold(Expression e) => ExpressionRewriter.Rewrite(e, x => x switch
    {
        BinaryExpression b => FoldBinary(b.Operator, Fold(b.Left), Fold(b.Right)),
        UnaryExpression u => FoldUnary(u.Operator, Fold(u.Operand)),
        _ => null,
    });

    private static Expression FoldUnary(UnaryOperator op, Expression operand)
    {
        if (op == UnaryOperator.Not && AsBoolean(operand) is { } b) return Constant(!b);
        if (op == UnaryOperator.Minus && AsInteger(operand) is { } i) return Constant(-i);
        if (op == UnaryOperator.Plus && AsInteger(operand) is { } p) return Constant(p);
        return new UnaryExpression(op, operand);
    }

    private static Expression FoldBinary(BinaryOperator op, Expression left, Expression right)
    {
        if (AsBoolean(left) is { } lb && AsBoolean(right) is { } rb)
        {
            if (op == BinaryOperator.And) return Constant(lb && rb);
            if (op == BinaryOperator.Or) return Constant(lb || rb);
        }
        if (AsInteger(left) is { } li && AsInteger(right) is { } ri)
        {
            switch (op)
            {
                case BinaryOperator.Add: return Constant(li + ri);
                case BinaryOperator.Subtract: return Constant(li - ri);
                case BinaryOperator.Multiply: return Constant(li * ri);
                case BinaryOperator.Equal: return Constant(li == ri);
                case BinaryOperator.NotEqual: return Constant(li != ri);
                case BinaryOperator.Less: return Constant(li < ri);
                case BinaryOperator.Greater: return Constant(li > ri);
                case BinaryOperator.LessOrEqual: return Constant(li <= ri);
                case BinaryOperator.GreaterOrEqual: return Constant(li >= ri);
            }
        }
        return new BinaryExpression(op, left, right);
    }

    private static bool? AsBoolean(Expression e) =>
        e is ConstantExpression { Value: LiteralNode { Datatype: Vocabulary.XsdBoolean } l } && l.Value is "true" or "false"
            ? l.Value == "true"
            : null;

    private static BigInteger? AsInteger(Expression e)
    {
        if (e is not ConstantExpression { Value: LiteralNode { Datatype: Vocabulary.XsdInteger } l }) return null;
        // Only well-formed lexical forms: an ill-typed literal must reach the evaluator to raise its error.
        if (l.Value.Length == 0 || !l.Value.TrimStart('+', '-').All(char.IsAsciiDigit) || l.Value.TrimStart('+', '-').Length == 0
            || l.Value.LastIndexOfAny(new[] { '+', '-' }) > 0)
            return null;
        return BigInteger.Parse(l.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static Expression Constant(bool value) => new ConstantExpression(value ? True : False);

    private static Expression Constant(BigInteger value) =>
        new ConstantExpression(LiteralNode.Typed(value.ToString(CultureInfo.InvariantCulture), Vocabulary.XsdInteger));
}
