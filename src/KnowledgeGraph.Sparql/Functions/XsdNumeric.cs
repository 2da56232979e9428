using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The four primitive numeric types of XPath, in promotion order.</summary>
public enum NumericKind
{
    Integer = 0,
    Decimal = 1,
    Float = 2,
    Double = 3,
}

/// <summary>
/// A numeric value with its XSD type. Integers and decimals are held as <see cref="decimal"/> (28 digits,
/// enough for the data this engine sees); floats and doubles as <see cref="double"/>, floats rounded to single precision.
/// </summary>
public readonly record struct XsdNumeric(NumericKind Kind, decimal Exact, double Approximate)
{
    private const string Xsd = Vocabulary.Xsd;

    public static XsdNumeric FromInteger(decimal v) => new(NumericKind.Integer, decimal.Truncate(v), 0);

    public static XsdNumeric FromDecimal(decimal v) => new(NumericKind.Decimal, v, 0);

    public static XsdNumeric FromDouble(double v) => new(NumericKind.Double, 0, v);

    public static XsdNumeric FromFloat(double v) => new(NumericKind.Float, 0, (float)v);

    public bool IsApproximate => Kind >= NumericKind.Float;

    public double AsDouble => IsApproximate ? Approximate : (double)Exact;

    /// <summary>Derived integer types and their inclusive ranges (null bound = unbounded).</summary>
    private static readonly Dictionary<string, (decimal? Min, decimal? Max)> IntegerTypes = new(StringComparer.Ordinal)
    {
        [Xsd + "integer"] = (null, null),
        [Xsd + "long"] = (long.MinValue, long.MaxValue),
        [Xsd + "int"] = (int.MinValue, int.MaxValue),
        [Xsd + "short"] = (short.MinValue, short.MaxValue),
        [Xsd + "byte"] = (sbyte.MinValue, sbyte.MaxValue),
        [Xsd + "nonNegativeInteger"] = (0, null),
        [Xsd + "positiveInteger"] = (1, null),
        [Xsd + "nonPositiveInteger"] = (null, 0),
        [Xsd + "negativeInteger"] = (null, -1),
        [Xsd + "unsignedLong"] = (0, ulong.MaxValue),
        [Xsd + "unsignedInt"] = (0, uint.MaxValue),
        [Xsd + "unsignedShort"] = (0, ushort.MaxValue),
        [Xsd + "unsignedByte"] = (0, byte.MaxValue),
    };

    public static bool IsIntegerType(string datatype) => IntegerTypes.ContainsKey(datatype);

    public static bool IsNumericType(string datatype) =>
        IntegerTypes.ContainsKey(datatype) || datatype is Xsd + "decimal" or Xsd + "float" or Xsd + "double";

    /// <summary>Reads a literal as a number; false for non-numeric datatypes and for ill-typed lexical forms.</summary>
    public static bool TryParse(ILiteralNode literal, out XsdNumeric value)
    {
        value = default;
        var dt = literal.Datatype;
        if (dt.Length <= Xsd.Length || !dt.StartsWith(Xsd, StringComparison.Ordinal)) return false;
        var lex = literal.Value;
        if (IntegerTypes.TryGetValue(dt, out var range))
        {
            if (!TryParseIntegerLexical(lex, out var i)) return false;
            if (range.Min is { } min && i < min) return false;
            if (range.Max is { } max && i > max) return false;
            value = FromInteger(i);
            return true;
        }
        switch (dt)
        {
            case Xsd + "decimal":
                if (!TryParseDecimalLexical(lex, out var d)) return false;
                value = FromDecimal(d);
                return true;
            case Xsd + "double":
                if (!TryParseDoubleLexical(lex, out var x)) return false;
                value = FromDouble(x);
                return true;
            case Xsd + "float":
                if (!TryParseDoubleLexical(lex, out var f)) return false;
                value = FromFloat(f);
                return true;
            default:
                return false;
        }
    }

    public static bool TryParseIntegerLexical(string lex, out decimal value)
    {
        value = 0;
        var s = lex.AsSpan();
        if (s.Length == 0) return false;
        int i = s[0] is '+' or '-' ? 1 : 0;
        if (i == s.Length) return false;
        for (int k = i; k < s.Length; k++)
            if (s[k] is < '0' or > '9') return false;
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseDecimalLexical(string lex, out decimal value)
    {
        value = 0;
        var s = lex.AsSpan();
        if (s.Length == 0) return false;
        int i = s[0] is '+' or '-' ? 1 : 0;
        bool digits = false, dot = false;
        for (int k = i; k < s.Length; k++)
        {
            if (s[k] is >= '0' and <= '9') digits = true;
            else if (s[k] == '.' && !dot) dot = true;
            else return false;
        }
        if (!digits) return false;
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseDoubleLexical(string lex, out double value)
    {
        value = 0;
        switch (lex)
        {
            case "INF": case "+INF": value = double.PositiveInfinity; return true;
            case "-INF": value = double.NegativeInfinity; return true;
            case "NaN": value = double.NaN; return true;
        }
        var s = lex.AsSpan();
        if (s.Length == 0) return false;
        int i = s[0] is '+' or '-' ? 1 : 0;
        bool digits = false, dot = false;
        int k = i;
        for (; k < s.Length; k++)
        {
            if (s[k] is >= '0' and <= '9') digits = true;
            else if (s[k] == '.' && !dot) dot = true;
            else break;
        }
        if (!digits) return false;
        if (k < s.Length)
        {
            if (s[k] is not ('e' or 'E')) return false;
            k++;
            if (k < s.Length && s[k] is '+' or '-') k++;
            if (k == s.Length) return false;
            for (; k < s.Length; k++)
                if (s[k] is < '0' or > '9') return false;
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static NumericKind Promote(NumericKind a, NumericKind b) => a > b ? a : b;

    public XsdNumeric ConvertTo(NumericKind kind) => kind switch
    {
        _ when kind == Kind => this,
        NumericKind.Integer => FromInteger(IsApproximate ? (decimal)Math.Truncate(Approximate) : Exact),
        NumericKind.Decimal => FromDecimal(IsApproximate ? (decimal)Approximate : Exact),
        NumericKind.Float => FromFloat(AsDouble),
        _ => FromDouble(AsDouble),
    };

    /// <summary>op:numeric-add etc. Null means a type error (division by zero of exact numbers, overflow).</summary>
    public static XsdNumeric? Arithmetic(char op, XsdNumeric a, XsdNumeric b)
    {
        var kind = Promote(a.Kind, b.Kind);
        if (op == '/' && kind == NumericKind.Integer) kind = NumericKind.Decimal;
        try
        {
            if (kind >= NumericKind.Float)
            {
                double x = a.AsDouble, y = b.AsDouble;
                double r = op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
                return kind == NumericKind.Float ? FromFloat(r) : FromDouble(r);
            }
            decimal p = a.Exact, q = b.Exact;
            if (op == '/' && q == 0) return null;
            decimal v = op switch { '+' => p + q, '-' => p - q, '*' => p * q, _ => p / q };
            return new XsdNumeric(kind, v, 0);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Numeric order; null when unordered (NaN).</summary>
    public static int? Compare(XsdNumeric a, XsdNumeric b)
    {
        if (a.IsApproximate || b.IsApproximate)
        {
            double x = a.AsDouble, y = b.AsDouble;
            if (double.IsNaN(x) || double.IsNaN(y)) return null;
            return x.CompareTo(y);
        }
        return a.Exact.CompareTo(b.Exact);
    }

    public XsdNumeric Negate() => IsApproximate ? this with { Approximate = -Approximate } : this with { Exact = -Exact };

    public string DatatypeIri => Kind switch
    {
        NumericKind.Integer => Vocabulary.XsdInteger,
        NumericKind.Decimal => Vocabulary.XsdDecimal,
        NumericKind.Float => Vocabulary.XsdFloat,
        _ => Vocabulary.XsdDouble,
    };

    public LiteralNode ToLiteral() => new(Lexical, DatatypeIri);

    /// <summary>The canonical lexical form of XSD 1.0 (decimals always with a point, doubles in E notation).</summary>
    public string Lexical => Kind switch
    {
        NumericKind.Integer => Exact.ToString("0", CultureInfo.InvariantCulture),
        NumericKind.Decimal => FormatDecimal(Exact),
        _ => FormatDouble(Approximate, Kind == NumericKind.Float),
    };

    public static string FormatDecimal(decimal d)
    {
        var s = d.ToString(CultureInfo.InvariantCulture);
        if (!s.Contains('.')) return s + ".0";
        s = s.TrimEnd('0');
        return s.EndsWith('.') ? s + "0" : s;
    }

    public static string FormatDouble(double v, bool single)
    {
        if (double.IsNaN(v)) return "NaN";
        if (double.IsPositiveInfinity(v)) return "INF";
        if (double.IsNegativeInfinity(v)) return "-INF";
        if (v == 0) return 1 / v < 0 ? "-0.0E0" : "0.0E0";
        var r = single ? ((float)v).ToString("E8", CultureInfo.InvariantCulture) : v.ToString("E16", CultureInfo.InvariantCulture);
        // r looks like "-1.2340000000000000E+003": trim mantissa zeros and exponent padding.
        int e = r.IndexOf('E');
        var mantissa = r[..e].TrimEnd('0');
        if (mantissa.EndsWith('.')) mantissa += "0";
        // Shortest round-trip mantissa where possible.
        var shortest = single ? ((float)v).ToString("R", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
        int exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        var digits = ShortestMantissa(shortest, out var shortExp, out var negative);
        if (digits is not null)
        {
            mantissa = (negative ? "-" : "") + digits[0] + "." + (digits.Length > 1 ? digits[1..] : "0");
            exp = shortExp;
        }
        return mantissa + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Significant digits and decimal exponent of a round-trip string like "123.45" or "1.5E-07".</summary>
    private static string? ShortestMantissa(string s, out int exponent, out bool negative)
    {
        exponent = 0;
        negative = s.StartsWith('-');
        if (negative) s = s[1..];
        int extra = 0;
        int e = s.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            extra = int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture);
            s = s[..e];
        }
        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot];
        string frac = dot < 0 ? "" : s[(dot + 1)..];
        string all = (intPart + frac).TrimStart('0');
        if (all.Length == 0) return null;
        int leadingZeros = (intPart + frac).Length - all.Length;
        exponent = intPart.Length - leadingZeros - 1 + extra;
        all = all.TrimEnd('0');
        return all.Length == 0 ? "0" : all;
    }
}
