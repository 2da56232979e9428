using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>XSD constructor functions as SPARQL 1.1 §17.5 restricts them (the XPath cast table). Null is a type error.</summary>
public static class XsdCasts
{
    private static bool TryNumeric(ILiteralNode l, out XsdNumeric n) => XsdNumeric.TryParse(l, out n);

    /// <summary>The literal's value is valid for its own (known) datatype; casting from an ill-typed literal is an error.</summary>
    private static bool IsValid(ILiteralNode l)
    {
        if (XsdNumeric.IsNumericType(l.Datatype)) return TryNumeric(l, out _);
        return l.Datatype switch
        {
            Vocabulary.XsdBoolean => TermComparer.TryParseBoolean(l.Value, out _),
            Vocabulary.XsdDateTime => XsdDateTime.TryParseDateTime(l.Value, out _),
            Vocabulary.XsdDate => XsdDateTime.TryParseDate(l.Value, out _),
            _ => true,
        };
    }

    public static INode? ToStringCast(INode? a)
    {
        switch (a)
        {
            case IUriNode u: return new LiteralNode(u.Iri);
            case ILiteralNode l when l.Language.Length == 0:
                if (!IsValid(l)) return null;
                if (TryNumeric(l, out var n))
                {
                    // Integers keep their digits; decimals, floats and doubles use the canonical form.
                    return new LiteralNode(n.Kind == NumericKind.Integer ? n.Lexical : CastNumericToString(n));
                }
                if (l.Datatype == Vocabulary.XsdBoolean)
                    return new LiteralNode(TermComparer.TryParseBoolean(l.Value, out var b) && b ? "true" : "false");
                return new LiteralNode(l.Value);
            default: return null;
        }
    }

    private static string CastNumericToString(XsdNumeric n)
    {
        if (n.Kind == NumericKind.Decimal)
        {
            var s = XsdNumeric.FormatDecimal(n.Exact);
            return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
        }
        // XPath: doubles between 1e-6 and 1e6 print as decimals, others in E notation.
        double v = n.Approximate;
        double abs = Math.Abs(v);
        if (abs >= 1e-6 && abs < 1e6 || v == 0)
        {
            if (v == 0) return 1 / v < 0 ? "-0" : "0";
            var s = n.Kind == NumericKind.Float ? ((float)v).ToString("R", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
            if (s.Contains('E')) s = ((decimal)v).ToString(CultureInfo.InvariantCulture);
            return s;
        }
        return n.Lexical;
    }

    public static INode? ToBoolean(INode? a)
    {
        if (a is not ILiteralNode l || l.Language.Length > 0 || !IsValid(l)) return null;
        if (l.Datatype == Vocabulary.XsdString)
        {
            var t = l.Value.Trim();
            return TermComparer.TryParseBoolean(t, out var b) ? SparqlFunctionLibrary.Boolean(b) : null;
        }
        if (l.Datatype == Vocabulary.XsdBoolean) return SparqlFunctionLibrary.Boolean(TermComparer.TryParseBoolean(l.Value, out var v) && v);
        if (TryNumeric(l, out var n))
            return SparqlFunctionLibrary.Boolean(n.IsApproximate ? !(n.Approximate == 0 || double.IsNaN(n.Approximate)) : n.Exact != 0);
        return null;
    }

    public static INode? ToNumeric(INode? a, NumericKind kind)
    {
        if (a is not ILiteralNode l || l.Language.Length > 0 || !IsValid(l)) return null;
        if (l.Datatype == Vocabulary.XsdString)
        {
            var t = l.Value.Trim();
            switch (kind)
            {
                case NumericKind.Integer:
                    return XsdNumeric.TryParseIntegerLexical(t, out var i) ? XsdNumeric.FromInteger(i).ToLiteral() : null;
                case NumericKind.Decimal:
                    return XsdNumeric.TryParseDecimalLexical(t, out var d) ? XsdNumeric.FromDecimal(d).ToLiteral() : null;
                default:
                    if (!XsdNumeric.TryParseDoubleLexical(t, out var x)) return null;
                    return (kind == NumericKind.Float ? XsdNumeric.FromFloat(x) : XsdNumeric.FromDouble(x)).ToLiteral();
            }
        }
        if (l.Datatype == Vocabulary.XsdBoolean)
        {
            TermComparer.TryParseBoolean(l.Value, out var b);
            return new XsdNumeric(NumericKind.Integer, b ? 1 : 0, b ? 1 : 0).ConvertTo(kind).ToLiteral();
        }
        if (!TryNumeric(l, out var n)) return null;
        if (n.IsApproximate && kind <= NumericKind.Decimal && (double.IsNaN(n.Approximate) || double.IsInfinity(n.Approximate)))
            return null;
        try
        {
            return n.ConvertTo(kind).ToLiteral();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static INode? ToDateTime(INode? a)
    {
        if (a is not ILiteralNode l || l.Language.Length > 0) return null;
        if (l.Datatype == Vocabulary.XsdString)
            return XsdDateTime.TryParseDateTime(l.Value.Trim(), out var d) ? new LiteralNode(d.Lexical, Vocabulary.XsdDateTime) : null;
        if (l.Datatype == Vocabulary.XsdDateTime)
            return XsdDateTime.TryParseDateTime(l.Value, out _) ? new LiteralNode(l.Value, Vocabulary.XsdDateTime) : null;
        if (l.Datatype == Vocabulary.XsdDate && XsdDateTime.TryParseDate(l.Value, out var e))
            return new LiteralNode((e with { IsDate = false }).Lexical, Vocabulary.XsdDateTime);
        return null;
    }

    public static INode? ToDate(INode? a)
    {
        if (a is not ILiteralNode l || l.Language.Length > 0) return null;
        if (l.Datatype == Vocabulary.XsdString)
            return XsdDateTime.TryParseDate(l.Value.Trim(), out var d) ? new LiteralNode(d.Lexical, Vocabulary.XsdDate) : null;
        if (l.Datatype == Vocabulary.XsdDate)
            return XsdDateTime.TryParseDate(l.Value, out _) ? new LiteralNode(l.Value, Vocabulary.XsdDate) : null;
        if (l.Datatype == Vocabulary.XsdDateTime && XsdDateTime.TryParseDateTime(l.Value, out var e))
            return new LiteralNode((e with { IsDate = true, Hour = 0, Minute = 0, Second = 0 }).Lexical, Vocabulary.XsdDate);
        return null;
    }
}
