using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Functions;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Functions;

public class FunctionLibraryTests
{
    private const string Xsd = Vocabulary.Xsd;
    private readonly SparqlFunctionLibrary _lib = new();
    private readonly FunctionContext _ctx = new(new DateTimeOffset(2024, 3, 5, 10, 20, 30, TimeSpan.FromHours(1)), "http://example.org/base/", new Random(1));

    private static LiteralNode Int(long v) => new(v.ToString(), Vocabulary.XsdInteger);
    private static LiteralNode Dec(string v) => new(v, Vocabulary.XsdDecimal);
    private static LiteralNode Dbl(string v) => new(v, Vocabulary.XsdDouble);
    private static LiteralNode Flt(string v) => new(v, Vocabulary.XsdFloat);
    private static LiteralNode Str(string v) => new(v);
    private static LiteralNode Lang(string v, string l) => new(v, null, l);
    private static LiteralNode Typed(string v, string dt) => new(v, dt);

    private INode? Call(string name, params INode?[] args) => _lib.Invoke(name, args, _ctx);

    [Theory]
    [InlineData("+", "1", Xsd + "integer", "2", Xsd + "integer", "3", Xsd + "integer")]
    [InlineData("/", "1", Xsd + "integer", "2", Xsd + "integer", "0.5", Xsd + "decimal")]
    [InlineData("*", "1.5", Xsd + "decimal", "2", Xsd + "integer", "3.0", Xsd + "decimal")]
    [InlineData("+", "1", Xsd + "short", "2", Xsd + "byte", "3", Xsd + "integer")]
    [InlineData("-", "1", Xsd + "float", "2", Xsd + "decimal", "-1.0E0", Xsd + "float")]
    [InlineData("+", "1", Xsd + "double", "1", Xsd + "float", "2.0E0", Xsd + "double")]
    public void ArithmeticPromotesTypes(string op, string a, string at, string b, string bt, string expected, string expectedType)
    {
        var r = Assert.IsType<LiteralNode>(Call(op, Typed(a, at), Typed(b, bt)));
        Assert.Equal(expectedType, r.Datatype);
        Assert.Equal(expected, r.Value);
    }

    [Fact]
    public void IntegerDivisionByZeroIsAnErrorButDoubleGivesInfinity()
    {
        Assert.Null(Call("/", Int(1), Int(0)));
        Assert.Equal("INF", ((ILiteralNode)Call("/", Dbl("1"), Int(0))!).Value);
    }

    [Fact]
    public void ArithmeticOnNonNumbersIsAnError()
    {
        Assert.Null(Call("+", Str("1"), Int(1)));
        Assert.Null(Call("+", Typed("abc", Xsd + "integer"), Int(1)));
        Assert.Null(Call("+", new UriNode("http://x"), Int(1)));
    }

    [Fact]
    public void EqualityComparesNumericValuesAcrossTypes()
    {
        Assert.Equal("true", V(Call("=", Int(1), Dec("1.0"))));
        Assert.Equal("true", V(Call("=", Dbl("1e0"), Typed("01", Xsd + "byte"))));
        Assert.Equal("false", V(Call("=", Int(1), Int(2))));
        Assert.Equal("true", V(Call("!=", Int(1), Int(2))));
    }

    [Fact]
    public void EqualityOfUnknownDatatypesIsAnErrorUnlessSameTerm()
    {
        var a = Typed("a", "http://example.org/dt");
        var b = Typed("b", "http://example.org/dt");
        Assert.Null(Call("=", a, b));
        Assert.Equal("true", V(Call("=", a, Typed("a", "http://example.org/dt"))));
        Assert.Equal("false", V(Call("=", Str("a"), Int(1))));
        Assert.Equal("false", V(Call("=", new UriNode("http://a"), Str("http://a"))));
    }

    [Fact]
    public void ComparesStringsDatesAndBooleans()
    {
        Assert.Equal("true", V(Call("<", Str("abc"), Str("abd"))));
        Assert.Equal("true", V(Call("<", Typed("2020-01-01", Xsd + "date"), Typed("2020-01-02", Xsd + "date"))));
        Assert.Equal("true", V(Call(">", Typed("2020-01-01T12:00:00Z", Xsd + "dateTime"), Typed("2020-01-01T12:00:00+01:00", Xsd + "dateTime"))));
        Assert.Equal("true", V(Call("<", Typed("false", Xsd + "boolean"), Typed("true", Xsd + "boolean"))));
        Assert.Null(Call("<", Str("a"), Int(1)));
        Assert.Null(Call("<", new UriNode("http://a"), new UriNode("http://b")));
    }

    [Fact]
    public void DateTimeWithAndWithoutTimezoneIsIndeterminateWithinFourteenHours()
    {
        var tz = Typed("2020-01-01T12:00:00Z", Xsd + "dateTime");
        Assert.Null(Call("<", tz, Typed("2020-01-01T13:00:00", Xsd + "dateTime")));
        Assert.Equal("true", V(Call("<", tz, Typed("2020-01-02T13:00:00", Xsd + "dateTime"))));
    }

    [Theory]
    [InlineData("true", Xsd + "boolean", true)]
    [InlineData("0", Xsd + "boolean", false)]
    [InlineData("", Xsd + "string", false)]
    [InlineData("x", Xsd + "string", true)]
    [InlineData("0.0", Xsd + "decimal", false)]
    [InlineData("NaN", Xsd + "double", false)]
    [InlineData("2", Xsd + "integer", true)]
    [InlineData("abc", Xsd + "integer", false)]
    public void EffectiveBooleanValue(string lex, string dt, bool expected) =>
        Assert.Equal(expected, TermComparer.EffectiveBooleanValue(Typed(lex, dt)));

    [Fact]
    public void EffectiveBooleanValueOfIriOrUnknownTypeIsAnError()
    {
        Assert.Null(TermComparer.EffectiveBooleanValue(new UriNode("http://x")));
        Assert.Null(TermComparer.EffectiveBooleanValue(Typed("x", "http://example.org/dt")));
        Assert.Null(TermComparer.EffectiveBooleanValue(Lang("x", "en")));
    }

    [Fact]
    public void StringFunctionsCountCodePointsAndKeepLanguage()
    {
        Assert.Equal("5", V(Call("STRLEN", Str("é𝄞abc"))));
        Assert.Equal(Lang("ÉTÉ", "fr"), Call("UCASE", Lang("été", "fr")));
        Assert.Equal(Str("bc"), Call("SUBSTR", Str("abcd"), Int(2), Int(2)));
        Assert.Equal(Str("𝄞a"), Call("SUBSTR", Str("é𝄞abc"), Int(2), Int(2)));
        Assert.Equal(Lang("ll", "en"), Call("SUBSTR", Lang("hello", "en"), Dec("3"), Dec("2")));
        Assert.Equal(Str("abc"), Call("SUBSTR", Str("abc"), Dbl("-1"), Int(10)));
        Assert.Equal(Str("Los%20Angeles%C3%A9"), Call("ENCODE_FOR_URI", Str("Los Angelesé")));
    }

    [Fact]
    public void StrBeforeAndAfterFollowArgumentCompatibility()
    {
        Assert.Equal(Lang("ab", "en"), Call("STRBEFORE", Lang("abc", "en"), Str("c")));
        Assert.Equal(Str(""), Call("STRBEFORE", Lang("abc", "en"), Str("z")));
        Assert.Equal(Lang("", "en"), Call("STRAFTER", Lang("abc", "en"), Str("c")));
        Assert.Null(Call("STRBEFORE", Str("abc"), Lang("b", "en")));
        Assert.Null(Call("CONTAINS", Lang("abc", "en"), Lang("b", "fr")));
        Assert.Equal("true", V(Call("STRSTARTS", Lang("abc", "en"), Lang("ab", "EN"))));
        Assert.Equal("true", V(Call("STRENDS", Str("abc"), Str("bc"))));
    }

    [Fact]
    public void ConcatKeepsCommonLanguageOnly()
    {
        Assert.Equal(Lang("ab", "fr"), Call("CONCAT", Lang("a", "fr"), Lang("b", "fr")));
        Assert.Equal(Str("ab"), Call("CONCAT", Lang("a", "fr"), Str("b")));
        Assert.Equal(Str(""), Call("CONCAT"));
        Assert.Null(Call("CONCAT", Str("a"), Int(1)));
    }

    [Fact]
    public void RegexAndReplaceUseXPathFlags()
    {
        Assert.Equal("true", V(Call("REGEX", Str("Émile Zola"), Str("^émile"), Str("i"))));
        Assert.Equal("false", V(Call("REGEX", Str("a.c"), Str("a\\.d"))));
        Assert.Equal("true", V(Call("REGEX", Str("a.c"), Str("."), Str("q"))));
        Assert.Null(Call("REGEX", Str("abc"), Str("("), Str("")));
        Assert.Null(Call("REGEX", Str("abc"), Str("a"), Str("z")));
        Assert.Equal(Str("a*c"), Call("REPLACE", Str("abc"), Str("b"), Str("*")));
        Assert.Equal(Str("[b]ac"), Call("REPLACE", Str("bac"), Str("^(b)"), Str("[$1]")));
        Assert.Equal(Str("$ac"), Call("REPLACE", Str("bac"), Str("b"), Str("\\$")));
        Assert.Null(Call("REPLACE", Str("abc"), Str("x*"), Str("y")));
    }

    [Fact]
    public void LangMatchesFollowsBasicFiltering()
    {
        Assert.Equal("true", V(Call("LANGMATCHES", Str("fr-BE"), Str("fr"))));
        Assert.Equal("false", V(Call("LANGMATCHES", Str("fra"), Str("fr"))));
        Assert.Equal("true", V(Call("LANGMATCHES", Str("en"), Str("*"))));
        Assert.Equal("false", V(Call("LANGMATCHES", Str(""), Str("*"))));
    }

    [Fact]
    public void NumericFunctionsKeepTheirType()
    {
        Assert.Equal(Int(3), Call("ABS", Int(-3)));
        Assert.Equal(Dec("-2.0"), Call("ROUND", Dec("-2.5")));
        Assert.Equal(Dec("3.0"), Call("ROUND", Dec("2.5")));
        Assert.Equal(Dbl("2.0E0"), Call("CEIL", Dbl("1.1")));
        Assert.Equal(Dec("1.0"), Call("FLOOR", Dec("1.9")));
        var r = (ILiteralNode)Call("RAND")!;
        Assert.Equal(Vocabulary.XsdDouble, r.Datatype);
    }

    [Fact]
    public void DateTimeAccessors()
    {
        var dt = Typed("2011-01-10T14:45:13.815-05:00", Xsd + "dateTime");
        Assert.Equal(Int(2011), Call("YEAR", dt));
        Assert.Equal(Int(1), Call("MONTH", dt));
        Assert.Equal(Int(10), Call("DAY", dt));
        Assert.Equal(Int(14), Call("HOURS", dt));
        Assert.Equal(Int(45), Call("MINUTES", dt));
        Assert.Equal(Dec("13.815"), Call("SECONDS", dt));
        Assert.Equal(Typed("-PT5H", Xsd + "dayTimeDuration"), Call("TIMEZONE", dt));
        Assert.Equal(Str("-05:00"), Call("TZ", dt));
        Assert.Equal(Str(""), Call("TZ", Typed("2011-01-10T14:45:13", Xsd + "dateTime")));
        Assert.Null(Call("TIMEZONE", Typed("2011-01-10T14:45:13", Xsd + "dateTime")));
        Assert.Equal(Typed("PT0S", Xsd + "dayTimeDuration"), Call("TIMEZONE", Typed("2011-01-10T14:45:13Z", Xsd + "dateTime")));
        Assert.Equal(Int(2024), Call("YEAR", Typed("2024-02-29", Xsd + "date")));
        Assert.Null(Call("YEAR", Typed("2023-02-29", Xsd + "date")));
    }

    [Fact]
    public void NowIsFixedForTheQuery()
    {
        var a = Call("NOW");
        Assert.Equal(a, Call("NOW"));
        Assert.Equal(Typed("2024-03-05T10:20:30+01:00", Xsd + "dateTime"), a);
    }

    [Fact]
    public void HashesAreLowercaseHexOfUtf8()
    {
        Assert.Equal(Str("900150983cd24fb0d6963f7d28e17f72"), Call("MD5", Str("abc")));
        Assert.Equal(Str("a9993e364706816aba3e25717850c26c9cd0d89d"), Call("SHA1", Str("abc")));
        Assert.Equal(Str("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), Call("SHA256", Str("abc")));
        Assert.Null(Call("MD5", Lang("abc", "en")));
    }

    [Fact]
    public void TermFunctions()
    {
        Assert.Equal(Str("http://x/"), Call("STR", new UriNode("http://x/")));
        Assert.Null(Call("STR", new BlankNode("b")));
        Assert.Equal(Str("fr"), Call("LANG", Lang("a", "fr")));
        Assert.Equal(new UriNode(Vocabulary.RdfLangString), Call("DATATYPE", Lang("a", "fr")));
        Assert.Equal(new UriNode(Vocabulary.XsdString), Call("DATATYPE", Str("a")));
        Assert.Equal(new UriNode("http://example.org/base/rel"), Call("IRI", Str("rel")));
        Assert.Equal(Typed("1", Xsd + "integer"), Call("STRDT", Str("1"), new UriNode(Xsd + "integer")));
        Assert.Equal(Lang("chat", "fr"), Call("STRLANG", Str("chat"), Str("fr")));
        Assert.Null(Call("STRLANG", Lang("chat", "en"), Str("fr")));
        Assert.Equal("true", V(Call("ISNUMERIC", Typed("12", Xsd + "byte"))));
        Assert.Equal("false", V(Call("ISNUMERIC", Typed("1200", Xsd + "byte"))));
        Assert.Equal("false", V(Call("ISNUMERIC", Str("12"))));
        Assert.Equal("true", V(Call("SAMETERM", Int(1), Int(1))));
        Assert.Equal("false", V(Call("SAMETERM", Int(1), Dec("1.0"))));
        Assert.StartsWith("urn:uuid:", ((IUriNode)Call("UUID")!).Iri);
        Assert.Equal(36, ((ILiteralNode)Call("STRUUID")!).Value.Length);
    }

    [Fact]
    public void BlankNodesAreSharedPerLabelWithinOneSolutionOnly()
    {
        var a = Call("BNODE", Str("x"));
        Assert.Equal(a, Call("BNODE", Str("x")));
        Assert.NotEqual(a, Call("BNODE", Str("y")));
        Assert.NotEqual(Call("BNODE"), Call("BNODE"));
        _ctx.BeginSolution();
        Assert.NotEqual(a, Call("BNODE", Str("x")));
    }

    [Theory]
    [InlineData("1.5", Xsd + "decimal", Xsd + "integer", "1")]
    [InlineData(" 12 ", Xsd + "string", Xsd + "integer", "12")]
    [InlineData("1", Xsd + "boolean", Xsd + "integer", "1")]
    [InlineData("true", Xsd + "boolean", Xsd + "double", "1.0E0")]
    [InlineData("2.50", Xsd + "decimal", Xsd + "string", "2.5")]
    [InlineData("1E3", Xsd + "double", Xsd + "string", "1000")]
    [InlineData("0.0", Xsd + "float", Xsd + "boolean", "false")]
    [InlineData("2020-01-01", Xsd + "date", Xsd + "dateTime", "2020-01-01T00:00:00")]
    [InlineData("2020-01-01T10:00:00Z", Xsd + "dateTime", Xsd + "date", "2020-01-01Z")]
    [InlineData("1", Xsd + "string", Xsd + "boolean", "true")]
    public void CastsFollowTheXPathTable(string lex, string from, string to, string expected)
    {
        var r = Assert.IsType<LiteralNode>(Call(to, Typed(lex, from)));
        Assert.Equal(to, r.Datatype);
        Assert.Equal(expected, r.Value);
    }

    [Fact]
    public void ImpossibleCastsAreErrors()
    {
        Assert.Null(Call(Xsd + "integer", Str("abc")));
        Assert.Null(Call(Xsd + "integer", Dbl("INF")));
        Assert.Null(Call(Xsd + "dateTime", Int(1)));
        Assert.Null(Call(Xsd + "boolean", Str("yes")));
        Assert.Null(Call(Xsd + "integer", new UriNode("http://x")));
        Assert.Equal(Str("http://x"), Call(Xsd + "string", new UriNode("http://x")));
        Assert.Null(Call(Xsd + "integer", Typed("x", Xsd + "integer")));
    }

    [Fact]
    public void UnknownFunctionNamesTheFunction()
    {
        var e = Assert.Throws<SparqlException>(() => Call("http://example.org/fn", Int(1)));
        Assert.Contains("http://example.org/fn", e.Message);
        Assert.False(_lib.IsDefined("http://example.org/fn"));
    }

    [Fact]
    public void OrderingPutsUnboundBlankIriLiteralAndNumbersByValue()
    {
        var items = new INode?[] { Int(10), Str("b"), new UriNode("http://a"), null, new BlankNode("x"), Dec("2.5"), Str("a") };
        var sorted = items.OrderBy(x => x, Comparer<INode?>.Create(TermComparer.OrderCompare)).ToList();
        Assert.Null(sorted[0]);
        Assert.IsType<BlankNode>(sorted[1]);
        Assert.IsType<UriNode>(sorted[2]);
        Assert.Equal(Str("a"), sorted[3]);
        Assert.Equal(Str("b"), sorted[4]);
        Assert.Equal(Dec("2.5"), sorted[5]);
        Assert.Equal(Int(10), sorted[6]);
    }

    [Fact]
    public void NumericLexicalForms()
    {
        Assert.Equal("1.0E0", XsdNumeric.FormatDouble(1, false));
        Assert.Equal("1.5E-7", XsdNumeric.FormatDouble(1.5e-7, false));
        Assert.Equal("-1.2345E3", XsdNumeric.FormatDouble(-1234.5, false));
        Assert.Equal("2.0", XsdNumeric.FormatDecimal(2m));
        Assert.Equal("0.25", XsdNumeric.FormatDecimal(0.250m));
    }

    private static string? V(INode? n) => (n as ILiteralNode)?.Value;
}
