using System.Collections.Frozen;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class SparqlTextParser
{
    // True while parsing SELECT expressions, HAVING and ORDER BY, where aggregates may appear.
    private bool _aggregatesAllowed;

    /// <summary>Built-in functions: name → (min, max) argument count; max -1 means any number.</summary>
    private static readonly FrozenDictionary<string, (int Min, int Max)> BuiltIns = new Dictionary<string, (int Min, int Max)>
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["BOUND"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1),
        ["REPLACE"] = (3, 4), ["UCASE"] = (1, 1), ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2),
        ["STRSTARTS"] = (2, 2), ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1),
        ["MONTH"] = (1, 1), ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1),
        ["TIMEZONE"] = (1, 1), ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0),
        ["MD5"] = (1, 1), ["SHA1"] = (1, 1), ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1),
        ["COALESCE"] = (0, -1), ["IF"] = (3, 3), ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2),
        ["ISIRI"] = (1, 1), ["ISURI"] = (1, 1), ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1),
        ["REGEX"] = (2, 3),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AggregateFunction> Aggregates = new Dictionary<string, AggregateFunction>
    {
        ["COUNT"] = AggregateFunction.Count, ["SUM"] = AggregateFunction.Sum, ["MIN"] = AggregateFunction.Min,
        ["MAX"] = AggregateFunction.Max, ["AVG"] = AggregateFunction.Avg, ["SAMPLE"] = AggregateFunction.Sample,
        ["GROUP_CONCAT"] = AggregateFunction.GroupConcat,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private Expression ParseExpression() => Nested(ParseOr);

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (TrySymbol("||")) left = new BinaryExpression(BinaryOperator.Or, left, ParseAnd());
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseRelational();
        while (TrySymbol("&&")) left = new BinaryExpression(BinaryOperator.And, left, ParseRelational());
        return left;
    }

    private Expression ParseRelational()
    {
        var left = ParseAdditive();
        var op = Current.Kind == TokenKind.Symbol ? Current.Text switch
        {
            "=" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "<" => BinaryOperator.Less,
            ">" => BinaryOperator.Greater,
            "<=" => BinaryOperator.LessOrEqual,
            ">=" => BinaryOperator.GreaterOrEqual,
            _ => (BinaryOperator?)null,
        } : null;
        if (op is { } o)
        {
            Advance();
            return new BinaryExpression(o, left, ParseAdditive());
        }
        if (IsWord("IN"))
        {
            Advance();
            return new InExpression(left, ParseExpressionList(), false);
        }
        if (IsWord("NOT") && PeekToken().IsWord("IN"))
        {
            Advance();
            Advance();
            return new InExpression(left, ParseExpressionList(), true);
        }
        return left;
    }

    private ValueList<Expression> ParseExpressionList()
    {
        if (Current.Kind == TokenKind.Nil) { Advance(); return ValueList<Expression>.Empty; }
        ExpectSymbol("(");
        var list = new List<Expression> { ParseExpression() };
        while (TrySymbol(",")) list.Add(ParseExpression());
        ExpectSymbol(")");
        return list;
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            if (IsSymbol("+")) { Advance(); left = new BinaryExpression(BinaryOperator.Add, left, ParseMultiplicative()); }
            else if (IsSymbol("-")) { Advance(); left = new BinaryExpression(BinaryOperator.Subtract, left, ParseMultiplicative()); }
            else return left;
        }
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            if (IsSymbol("*")) { Advance(); left = new BinaryExpression(BinaryOperator.Multiply, left, ParseUnary()); }
            else if (IsSymbol("/")) { Advance(); left = new BinaryExpression(BinaryOperator.Divide, left, ParseUnary()); }
            else return left;
        }
    }

    private Expression ParseUnary()
    {
        if (TrySymbol("!")) return new UnaryExpression(UnaryOperator.Not, ParsePrimary());
        if (IsSymbol("+") || IsSymbol("-"))
        {
            // A sign glued to a number is part of the literal (NumericLiteralPositive/Negative).
            if (IsNumberToken(PeekToken()) && !PeekToken().SpaceBefore) return new ConstantExpression(ParseLiteral());
            var op = Advance().Text == "+" ? UnaryOperator.Plus : UnaryOperator.Minus;
            return new UnaryExpression(op, ParsePrimary());
        }
        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        var t = Current;
        if (IsSymbol("(")) return ParseBracketted();
        if (t.Kind == TokenKind.Variable) { Advance(); return new VariableExpression(t.Text); }
        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName) return ParseIriOrFunction();
        if (AtLiteralStart) return new ConstantExpression(ParseLiteral());
        if (t.Kind == TokenKind.Word) return ParseBuiltInCall();
        throw Expected("an expression");
    }

    private Expression ParseBracketted()
    {
        ExpectSymbol("(");
        var e = ParseExpression();
        ExpectSymbol(")");
        return e;
    }

    private Expression ParseIriOrFunction()
    {
        var iri = ParseIri();
        if (Current.Kind == TokenKind.Nil) { Advance(); return new FunctionCall(iri, ValueList<Expression>.Empty); }
        if (!IsSymbol("(")) return new ConstantExpression(new UriNode(iri));
        Advance();
        bool distinct = TryWord("DISTINCT");
        var args = new List<Expression> { ParseExpression() };
        while (TrySymbol(",")) args.Add(ParseExpression());
        ExpectSymbol(")");
        return new FunctionCall(iri, args, distinct);
    }

    /// <summary>FILTER constraint: a bracketted expression, a built-in call, or a function call.</summary>
    private Expression ParseConstraint()
    {
        if (IsSymbol("(")) return ParseBracketted();
        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            var e = ParseIriOrFunction();
            if (e is not FunctionCall) throw Error("expected a function call, not a bare IRI, as a constraint");
            return e;
        }
        if (Current.Kind == TokenKind.Word) return ParseBuiltInCall();
        throw Expected("'(' or a function call after FILTER");
    }

    private Expression ParseBuiltInCall()
    {
        var t = Current;
        var name = t.Text.ToUpperInvariant();
        if (name == "NOT" && PeekToken().IsWord("EXISTS"))
        {
            Advance();
            Advance();
            return ParseExists(negated: true);
        }
        if (name == "EXISTS")
        {
            Advance();
            return ParseExists(negated: false);
        }
        if (Aggregates.TryGetValue(name, out var aggregate)) return ParseAggregate(aggregate);
        if (!BuiltIns.TryGetValue(name, out var arity)) throw Error($"unknown function or keyword '{t.Text}' in expression", t);
        Advance();
        if (name == "URI") name = "IRI";
        if (name == "ISURI") name = "ISIRI";
        var args = new List<Expression>();
        if (Current.Kind == TokenKind.Nil) Advance();
        else
        {
            ExpectSymbol("(");
            if (name == "BOUND")
            {
                var v = Current;
                if (v.Kind != TokenKind.Variable) throw Expected("a variable in BOUND(...)");
                Advance();
                args.Add(new VariableExpression(v.Text));
            }
            else
            {
                args.Add(ParseExpression());
                while (TrySymbol(",")) args.Add(ParseExpression());
            }
            ExpectSymbol(")");
        }
        if (args.Count < arity.Min || (arity.Max >= 0 && args.Count > arity.Max))
            throw Error($"{name} takes {(arity.Min == arity.Max ? arity.Min.ToString() : arity.Min + " to " + (arity.Max < 0 ? "any" : arity.Max.ToString()))} argument(s), found {args.Count}", t);
        if (name is "CONCAT" or "COALESCE" && args.Count == 0 && Current.Kind != TokenKind.Nil) { }
        return new BuiltInCall(name, args);
    }

    private Expression ParseExists(bool negated)
    {
        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = false;
        var pattern = ParseGroupGraphPattern();
        _aggregatesAllowed = saved;
        return new ExistsExpression(pattern, negated);
    }

    private Expression ParseAggregate(AggregateFunction function)
    {
        var t = Advance();
        if (!_aggregatesAllowed)
            throw Error($"aggregate {t.Text.ToUpperInvariant()} is only allowed in SELECT, HAVING and ORDER BY", t);
        ExpectSymbol("(");
        bool distinct = TryWord("DISTINCT");
        Expression? argument = null;
        string? separator = null;
        _aggregatesAllowed = false; // aggregates do not nest
        try
        {
            if (function == AggregateFunction.Count && TrySymbol("*")) { }
            else argument = ParseExpression();
            if (function == AggregateFunction.GroupConcat && TrySymbol(";"))
            {
                ExpectWord("SEPARATOR");
                ExpectSymbol("=");
                if (Current.Kind != TokenKind.String) throw Expected("a string after SEPARATOR =");
                separator = Advance().Text;
                if (Current.Kind == TokenKind.LangTag || IsSymbol("^^")) throw Error("the GROUP_CONCAT separator must be a simple string");
            }
        }
        finally
        {
            _aggregatesAllowed = true;
        }
        ExpectSymbol(")");
        return new AggregateExpression(function, argument, distinct,
            function == AggregateFunction.GroupConcat ? separator ?? " " : null);
    }
}
