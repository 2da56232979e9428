using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The SPARQL 1.1 built-in functions, operators and XSD casts (§17.3–§17.5).</summary>
public sealed partial class SparqlFunctionLibrary : IFunctionLibrary
{
    private const string Xsd = Vocabulary.Xsd;
    private static readonly LiteralNode True = new("true", Vocabulary.XsdBoolean);
    private static readonly LiteralNode False = new("false", Vocabulary.XsdBoolean);

    private delegate INode? Function(IReadOnlyList<INode?> a, FunctionContext c);

    private readonly Dictionary<string, (int Min, int Max, Function F)> _functions;

    public SparqlFunctionLibrary()
    {
        _functions = new Dictionary<string, (int, int, Function)>(StringComparer.Ordinal)
        {
            ["+"] = (1, 2, (a, _) => a.Count == 1 ? UnaryPlus(a[0]) : Arith('+', a[0], a[1])),
            ["-"] = (1, 2, (a, _) => a.Count == 1 ? UnaryMinus(a[0]) : Arith('-', a[0], a[1])),
            ["*"] = (2, 2, (a, _) => Arith('*', a[0], a[1])),
            ["/"] = (2, 2, (a, _) => Arith('/', a[0], a[1])),
            ["="] = (2, 2, (a, _) => Bool(TermComparer.ValueEquals(a[0], a[1]))),
            ["!="] = (2, 2, (a, _) => Bool(!TermComparer.ValueEquals(a[0], a[1]))),
            ["<"] = (2, 2, (a, _) => Order(a[0], a[1], v => v < 0)),
            ["<="] = (2, 2, (a, _) => Order(a[0], a[1], v => v <= 0)),
            [">"] = (2, 2, (a, _) => Order(a[0], a[1], v => v > 0)),
            [">="] = (2, 2, (a, _) => Order(a[0], a[1], v => v >= 0)),
            ["!"] = (1, 1, (a, _) => Bool(!TermComparer.EffectiveBooleanValue(a[0]))),
            ["STR"] = (1, 1, (a, _) => Str(a[0])),
            ["LANG"] = (1, 1, (a, _) => a[0] is ILiteralNode l ? new LiteralNode(l.Language) : null),
            ["DATATYPE"] = (1, 1, (a, _) => a[0] is ILiteralNode l ? new UriNode(l.Datatype) : null),
            ["ISIRI"] = (1, 1, (a, _) => a[0] is null ? null : Bool(a[0] is IUriNode)),
            ["ISURI"] = (1, 1, (a, _) => a[0] is null ? null : Bool(a[0] is IUriNode)),
            ["ISBLANK"] = (1, 1, (a, _) => a[0] is null ? null : Bool(a[0] is IBlankNode)),
            ["ISLITERAL"] = (1, 1, (a, _) => a[0] is null ? null : Bool(a[0] is ILiteralNode)),
            ["ISNUMERIC"] = (1, 1, (a, c) => a[0] is null ? null : Bool(a[0] is ILiteralNode l && XsdNumeric.TryParse(l, out _))),
            ["SAMETERM"] = (2, 2, (a, _) => a[0] is null || a[1] is null ? null : Bool(a[0]!.Equals(a[1]))),
            ["IRI"] = (1, 1, (a, c) => Iri(a[0], c)),
            ["URI"] = (1, 1, (a, c) => Iri(a[0], c)),
            ["BNODE"] = (0, 1, (a, c) => a.Count == 0 ? c.NewBlankNode() : IsSimpleOrString(a[0], out var s) ? c.BlankNodeForLabel(s) : null),
            ["STRDT"] = (2, 2, (a, _) => IsSimpleOrString(a[0], out var s) && a[1] is IUriNode u ? new LiteralNode(s, u.Iri) : null),
            ["STRLANG"] = (2, 2, (a, _) => IsSimpleOrString(a[0], out var s) && IsSimpleOrString(a[1], out var lang) && lang.Length > 0 ? new LiteralNode(s, null, lang) : null),
            ["UUID"] = (0, 0, (_, _) => new UriNode("urn:uuid:" + Guid.NewGuid().ToString("D"))),
            ["STRUUID"] = (0, 0, (_, _) => new LiteralNode(Guid.NewGuid().ToString("D"))),
            ["STRLEN"] = (1, 1, (a, _) => IsStringLiteral(a[0], out var l) ? Integer(CodePoints(l.Value).Length) : null),
            ["SUBSTR"] = (2, 3, (a, _) => Substr(a)),
            ["UCASE"] = (1, 1, (a, _) => IsStringLiteral(a[0], out var l) ? SameKind(l, l.Value.ToUpperInvariant()) : null),
            ["LCASE"] = (1, 1, (a, _) => IsStringLiteral(a[0], out var l) ? SameKind(l, l.Value.ToLowerInvariant()) : null),
            ["STRSTARTS"] = (2, 2, (a, _) => Compatible(a[0], a[1], out var x, out var y) ? Bool(x.Value.StartsWith(y.Value, StringComparison.Ordinal)) : null),
            ["STRENDS"] = (2, 2, (a, _) => Compatible(a[0], a[1], out var x, out var y) ? Bool(x.Value.EndsWith(y.Value, StringComparison.Ordinal)) : null),
            ["CONTAINS"] = (2, 2, (a, _) => Compatible(a[0], a[1], out var x, out var y) ? Bool(x.Value.Contains(y.Value, StringComparison.Ordinal)) : null),
            ["STRBEFORE"] = (2, 2, (a, _) => StrBeforeAfter(a[0], a[1], before: true)),
            ["STRAFTER"] = (2, 2, (a, _) => StrBeforeAfter(a[0], a[1], before: false)),
            ["ENCODE_FOR_URI"] = (1, 1, (a, _) => IsStringLiteral(a[0], out var l) ? new LiteralNode(EncodeForUri(l.Value)) : null),
            ["CONCAT"] = (0, int.MaxValue, (a, _) => Concat(a)),
            ["LANGMATCHES"] = (2, 2, (a, _) => IsSimpleOrString(a[0], out var tag) && IsSimpleOrString(a[1], out var range) ? Bool(LangMatches(tag, range)) : null),
            ["REGEX"] = (2, 3, (a, c) => Regex(a, c)),
            ["REPLACE"] = (3, 4, (a, c) => Replace(a, c)),
            ["ABS"] = (1, 1, (a, _) => Numeric(a[0], n => n.IsApproximate ? n with { Approximate = Math.Abs(n.Approximate) } : n with { Exact = Math.Abs(n.Exact) })),
            ["CEIL"] = (1, 1, (a, _) => Numeric(a[0], n => n.IsApproximate ? n with { Approximate = Math.Ceiling(n.Approximate) } : n with { Exact = Math.Ceiling(n.Exact) })),
            ["FLOOR"] = (1, 1, (a, _) => Numeric(a[0], n => n.IsApproximate ? n with { Approximate = Math.Floor(n.Approximate) } : n with { Exact = Math.Floor(n.Exact) })),
            // fn:round rounds halves towards positive infinity: round(-2.5) = -2.
            ["ROUND"] = (1, 1, (a, _) => Numeric(a[0], n => n.IsApproximate ? n with { Approximate = Math.Floor(n.Approximate + 0.5) } : n with { Exact = Math.Floor(n.Exact + 0.5m) })),
            ["RAND"] = (0, 0, (_, c) => XsdNumeric.FromDouble(c.Random.NextDouble()).ToLiteral()),
            ["NOW"] = (0, 0, (_, c) => new LiteralNode(XsdDateTime.FromDateTimeOffset(c.Now).Lexical, Vocabulary.XsdDateTime)),
            ["YEAR"] = (1, 1, (a, _) => DatePart(a[0], d => Integer(d.Year))),
            ["MONTH"] = (1, 1, (a, _) => DatePart(a[0], d => Integer(d.Month))),
            ["DAY"] = (1, 1, (a, _) => DatePart(a[0], d => Integer(d.Day))),
            ["HOURS"] = (1, 1, (a, _) => DatePart(a[0], d => Integer(d.Hour))),
            ["MINUTES"] = (1, 1, (a, _) => DatePart(a[0], d => Integer(d.Minute))),
            ["SECONDS"] = (1, 1, (a, _) => DatePart(a[0], d => XsdNumeric.FromDecimal(d.Second).ToLiteral())),
            ["TIMEZONE"] = (1, 1, (a, _) => DatePart(a[0], d => d.TimezoneDuration is { } s ? new LiteralNode(s, Xsd + "dayTimeDuration") : null)),
            ["TZ"] = (1, 1, (a, _) => DatePart(a[0], d => new LiteralNode(d.TimezoneLexical))),
            ["MD5"] = (1, 1, (a, _) => Hash(a[0], MD5.HashData)),
            ["SHA1"] = (1, 1, (a, _) => Hash(a[0], SHA1.HashData)),
            ["SHA256"] = (1, 1, (a, _) => Hash(a[0], SHA256.HashData)),
            ["SHA384"] = (1, 1, (a, _) => Hash(a[0], SHA384.HashData)),
            ["SHA512"] = (1, 1, (a, _) => Hash(a[0], SHA512.HashData)),
            [Xsd + "string"] = (1, 1, (a, _) => XsdCasts.ToStringCast(a[0])),
            [Xsd + "boolean"] = (1, 1, (a, _) => XsdCasts.ToBoolean(a[0])),
            [Xsd + "integer"] = (1, 1, (a, _) => XsdCasts.ToNumeric(a[0], NumericKind.Integer)),
            [Xsd + "decimal"] = (1, 1, (a, _) => XsdCasts.ToNumeric(a[0], NumericKind.Decimal)),
            [Xsd + "float"] = (1, 1, (a, _) => XsdCasts.ToNumeric(a[0], NumericKind.Float)),
            [Xsd + "double"] = (1, 1, (a, _) => XsdCasts.ToNumeric(a[0], NumericKind.Double)),
            [Xsd + "dateTime"] = (1, 1, (a, _) => XsdCasts.ToDateTime(a[0])),
            [Xsd + "date"] = (1, 1, (a, _) => XsdCasts.ToDate(a[0])),
        };
    }

    public bool IsDefined(string name) => _functions.ContainsKey(name);

    /// <summary>Whether <paramref name="count"/> arguments suit <paramref name="name"/>.</summary>
    public bool AcceptsArity(string name, int count) =>
        _functions.TryGetValue(name, out var f) && count >= f.Min && count <= f.Max;

    public INode? Invoke(string name, IReadOnlyList<INode?> arguments, FunctionContext context)
    {
        if (!_functions.TryGetValue(name, out var f))
            throw new SparqlException($"undefined function: {name}");
        if (arguments.Count < f.Min || arguments.Count > f.Max)
            throw new SparqlException($"function {name} takes {(f.Min == f.Max ? f.Min.ToString(CultureInfo.InvariantCulture) : $"{f.Min} to {f.Max}")} arguments, not {arguments.Count}");
        return f.F(arguments, context);
    }

    public static LiteralNode Boolean(bool b) => b ? True : False;

    private static LiteralNode? Order(INode? a, INode? b, Func<int, bool> test) =>
        TermComparer.ValueCompare(a, b) is int v ? Boolean(test(v)) : null;

    private static LiteralNode? Bool(bool? b) => b is bool v ? Boolean(v) : null;

    private static LiteralNode Integer(long v) => new(v.ToString(CultureInfo.InvariantCulture), Vocabulary.XsdInteger);

    private static INode? Arith(char op, INode? a, INode? b)
    {
        if (a is not ILiteralNode la || b is not ILiteralNode lb) return null;
        if (!XsdNumeric.TryParse(la, out var x) || !XsdNumeric.TryParse(lb, out var y)) return null;
        return XsdNumeric.Arithmetic(op, x, y)?.ToLiteral();
    }

    private static INode? UnaryPlus(INode? a) => Numeric(a, n => n);

    private static INode? UnaryMinus(INode? a) => Numeric(a, n => n.Negate());

    private static INode? Numeric(INode? a, Func<XsdNumeric, XsdNumeric> f) =>
        a is ILiteralNode l && XsdNumeric.TryParse(l, out var n) ? f(n).ToLiteral() : null;

    private static INode? Str(INode? a) => a switch
    {
        IUriNode u => new LiteralNode(u.Iri),
        ILiteralNode l => l.Datatype == Vocabulary.XsdString ? l : new LiteralNode(l.Value),
        _ => null,
    };

    private static INode? Iri(INode? a, FunctionContext c)
    {
        if (a is IUriNode) return a;
        if (!IsSimpleOrString(a, out var s)) return null;
        if (c.BaseIri is { } b && Uri.TryCreate(new Uri(b), s, out var resolved) && !Uri.TryCreate(s, UriKind.Absolute, out _))
            return new UriNode(resolved.AbsoluteUri);
        return new UriNode(s);
    }

    /// <summary>A simple literal or xsd:string (they are the same in RDF 1.1).</summary>
    internal static bool IsSimpleOrString(INode? n, out string value)
    {
        if (n is ILiteralNode l && l.Datatype == Vocabulary.XsdString)
        {
            value = l.Value;
            return true;
        }
        value = "";
        return false;
    }

    /// <summary>A string literal in the sense of §17.4.3: simple, xsd:string, or language-tagged.</summary>
    private static bool IsStringLiteral(INode? n, out ILiteralNode literal)
    {
        if (n is ILiteralNode l && (l.Datatype == Vocabulary.XsdString || l.Datatype == Vocabulary.RdfLangString))
        {
            literal = l;
            return true;
        }
        literal = null!;
        return false;
    }

    /// <summary>Argument compatibility (§17.4.3.1.2).</summary>
    private static bool Compatible(INode? a, INode? b, out ILiteralNode x, out ILiteralNode y)
    {
        if (!IsStringLiteral(a, out x) | !IsStringLiteral(b, out y)) return false;
        if (y.Language.Length == 0) return true;
        return string.Equals(x.Language, y.Language, StringComparison.OrdinalIgnoreCase);
    }

    private static LiteralNode SameKind(ILiteralNode template, string value) =>
        template.Language.Length > 0 ? new LiteralNode(value, null, template.Language) : new LiteralNode(value);

    internal static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else list.Add(s[i]);
        }
        return list.ToArray();
    }

    private static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (var cp in cps) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    private static INode? Substr(IReadOnlyList<INode?> a)
    {
        if (!IsStringLiteral(a[0], out var l)) return null;
        if (a[1] is not ILiteralNode sl || !XsdNumeric.TryParse(sl, out var start)) return null;
        double len = double.PositiveInfinity;
        if (a.Count == 3)
        {
            if (a[2] is not ILiteralNode ll || !XsdNumeric.TryParse(ll, out var length)) return null;
            len = length.AsDouble;
        }
        // fn:substring: characters at positions p with round(start) <= p < round(start) + round(length).
        double from = Math.Floor(start.AsDouble + 0.5);
        double to = from + Math.Floor(len + 0.5);
        if (double.IsNaN(from) || double.IsNaN(to)) return SameKind(l, "");
        var cps = CodePoints(l.Value);
        var picked = new List<int>();
        for (int p = 1; p <= cps.Length; p++)
            if (p >= from && p < to) picked.Add(cps[p - 1]);
        return SameKind(l, FromCodePoints(picked));
    }

    private static INode? StrBeforeAfter(INode? a, INode? b, bool before)
    {
        if (!Compatible(a, b, out var x, out var y)) return null;
        int i = x.Value.IndexOf(y.Value, StringComparison.Ordinal);
        if (i < 0) return new LiteralNode("");
        var part = before ? x.Value[..i] : x.Value[(i + y.Value.Length)..];
        return SameKind(x, part);
    }

    private static string EncodeForUri(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static INode? Concat(IReadOnlyList<INode?> a)
    {
        var sb = new StringBuilder();
        string? lang = null;
        bool sameLang = true;
        foreach (var n in a)
        {
            if (!IsStringLiteral(n, out var l)) return null;
            sb.Append(l.Value);
            if (lang is null) lang = l.Language;
            else if (!string.Equals(lang, l.Language, StringComparison.Ordinal)) sameLang = false;
        }
        return sameLang && lang is { Length: > 0 } ? new LiteralNode(sb.ToString(), null, lang) : new LiteralNode(sb.ToString());
    }

    /// <summary>RFC 4647 basic filtering, as §17.4.3.13 asks.</summary>
    public static bool LangMatches(string tag, string range)
    {
        if (range == "*") return tag.Length > 0;
        if (tag.Length == 0) return false;
        if (string.Equals(tag, range, StringComparison.OrdinalIgnoreCase)) return true;
        return tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase);
    }

    private static INode? Regex(IReadOnlyList<INode?> a, FunctionContext c)
    {
        if (!IsStringLiteral(a[0], out var text) || !IsSimpleOrString(a[1], out var pattern)) return null;
        string flags = "";
        if (a.Count == 3 && !IsSimpleOrString(a[2], out flags)) return null;
        var re = c.GetRegex(pattern, flags);
        return re is null ? null : Boolean(re.IsMatch(text.Value));
    }

    private static INode? Replace(IReadOnlyList<INode?> a, FunctionContext c)
    {
        if (!IsStringLiteral(a[0], out var text) || !IsSimpleOrString(a[1], out var pattern) || !IsSimpleOrString(a[2], out var replacement))
            return null;
        string flags = "";
        if (a.Count == 4 && !IsSimpleOrString(a[3], out flags)) return null;
        var re = c.GetRegex(pattern, flags);
        if (re is null || re.IsMatch("")) return null; // fn:replace: a pattern matching "" is an error
        var repl = flags.Contains('q') ? replacement.Replace("$", "$$") : XPathRegex.TranslateReplacement(replacement);
        if (repl is null) return null;
        return SameKind(text, re.Replace(text.Value, repl));
    }

    private static INode? DatePart(INode? a, Func<XsdDateTime, INode?> f)
    {
        if (a is not ILiteralNode l) return null;
        if (l.Datatype == Vocabulary.XsdDateTime && XsdDateTime.TryParseDateTime(l.Value, out var d)) return f(d);
        if (l.Datatype == Vocabulary.XsdDate && XsdDateTime.TryParseDate(l.Value, out var e)) return f(e);
        return null;
    }

    private static INode? Hash(INode? a, Func<byte[], byte[]> f) =>
        IsSimpleOrString(a, out var s) ? new LiteralNode(Convert.ToHexStringLower(f(Encoding.UTF8.GetBytes(s)))) : null;
}
