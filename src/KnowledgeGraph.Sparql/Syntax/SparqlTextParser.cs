using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for the SPARQL 1.1 grammar (§19.8) that translates to algebra while
/// parsing (§18.2). One instance parses one text; it is not reusable.
/// </summary>
internal sealed partial class SparqlTextParser
{
    private readonly List<Token> _tokens;
    private int _index;
    private string? _base;
    private readonly List<KeyValuePair<string, string>> _prefixList = new();
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private int _freshCounter;
    private int _depth;

    /// <summary>Deeper nesting is refused with a syntax error instead of overflowing the stack (a server parses untrusted text).</summary>
    internal const int MaxNestingDepth = 128;

    private T Nested<T>(Func<T> parse)
    {
        if (++_depth > MaxNestingDepth)
            throw Error($"expressions or groups are nested more than {MaxNestingDepth} levels deep");
        try
        {
            return parse();
        }
        finally
        {
            _depth--;
        }
    }

    public SparqlTextParser(string text, string? baseIri)
    {
        _tokens = new SparqlLexer(text).Tokenize();
        _base = baseIri;
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance()
    {
        var t = _tokens[_index];
        if (_index < _tokens.Count - 1) _index++;
        return t;
    }

    private SparqlSyntaxException Error(string detail, Token? at = null)
    {
        var t = at ?? Current;
        return new SparqlSyntaxException(detail, t.Line, t.Column);
    }

    private SparqlSyntaxException Expected(string what) => Error($"expected {what} but found {Current.Describe()}");

    private bool IsWord(string word) => Current.IsWord(word);

    private bool IsSymbol(string symbol) => Current.IsSymbol(symbol);

    private bool TryWord(string word)
    {
        if (!IsWord(word)) return false;
        Advance();
        return true;
    }

    private bool TrySymbol(string symbol)
    {
        if (!IsSymbol(symbol)) return false;
        Advance();
        return true;
    }

    private void ExpectWord(string word)
    {
        if (!TryWord(word)) throw Expected(word.ToUpperInvariant());
    }

    private void ExpectSymbol(string symbol)
    {
        if (!TrySymbol(symbol)) throw Expected("'" + symbol + "'");
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.EndOfInput) throw Expected("end of input");
    }

    private string FreshName(string kind) => "." + kind + (++_freshCounter).ToString(CultureInfo.InvariantCulture);

    // ---- Prologue ----

    private void ParsePrologue()
    {
        while (true)
        {
            if (IsWord("BASE"))
            {
                Advance();
                if (Current.Kind != TokenKind.IriRef) throw Expected("an IRI after BASE");
                _base = ResolveIri(Advance());
            }
            else if (IsWord("PREFIX"))
            {
                Advance();
                var t = Current;
                if (t.Kind != TokenKind.PrefixedName || t.Local.Length > 0) throw Expected("a prefix name such as 'ex:' after PREFIX");
                Advance();
                if (Current.Kind != TokenKind.IriRef) throw Expected("an IRI after PREFIX " + t.Text + ":");
                var ns = ResolveIri(Advance());
                _prefixes[t.Text] = ns;
                _prefixList.RemoveAll(p => p.Key == t.Text);
                _prefixList.Add(new(t.Text, ns));
            }
            else return;
        }
    }

    private string ResolveIri(Token t)
    {
        // Same resolver as the Turtle reader, so that a relative IRI in a query and in data agree;
        // absolute IRIs are kept as written, as that reader keeps them.
        var iri = t.Text;
        if (IriResolver.IsAbsolute(iri)) return iri;
        return _base is null ? iri : IriResolver.Resolve(_base, iri);
    }

    private string ExpandPrefixed(Token t)
    {
        if (!_prefixes.TryGetValue(t.Text, out var ns))
            throw Error($"unknown prefix '{t.Text}:' at line {t.Line}, column {t.Column}", t);
        return ns + t.Local;
    }

    private bool AtIri => Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName;

    private string ParseIri()
    {
        var t = Current;
        if (t.Kind == TokenKind.IriRef) { Advance(); return ResolveIri(t); }
        if (t.Kind == TokenKind.PrefixedName) { Advance(); return ExpandPrefixed(t); }
        throw Expected("an IRI");
    }

    // ---- Literals ----

    private bool AtLiteralStart =>
        Current.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
        || IsWord("true") || IsWord("false")
        || ((IsSymbol("+") || IsSymbol("-")) && IsNumberToken(PeekToken()) && !PeekToken().SpaceBefore);

    private static bool IsNumberToken(Token t) => t.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double;

    private LiteralNode ParseLiteral()
    {
        var t = Current;
        if (t.Kind == TokenKind.String)
        {
            Advance();
            if (Current.Kind == TokenKind.LangTag)
                return LiteralNode.LangTagged(t.Text, Advance().Text);
            if (TrySymbol("^^"))
                return LiteralNode.Typed(t.Text, ParseIri());
            return LiteralNode.Plain(t.Text);
        }
        if (IsWord("true") || IsWord("false"))
        {
            Advance();
            return LiteralNode.Typed(t.Text.ToLowerInvariant(), Vocabulary.XsdBoolean);
        }
        string sign = "";
        if (IsSymbol("+") || IsSymbol("-"))
        {
            sign = Advance().Text;
            t = Current;
        }
        if (IsNumberToken(t))
        {
            Advance();
            return NumberLiteral(sign + t.Text, t.Kind);
        }
        throw Expected("a literal");
    }

    private static LiteralNode NumberLiteral(string lexical, TokenKind kind) => kind switch
    {
        TokenKind.Integer => LiteralNode.Typed(lexical, Vocabulary.XsdInteger),
        TokenKind.Decimal => LiteralNode.Typed(lexical, Vocabulary.XsdDecimal),
        _ => LiteralNode.Typed(lexical, Vocabulary.XsdDouble),
    };

    private long ParseNonNegativeInteger(string clause)
    {
        var t = Current;
        if (t.Kind != TokenKind.Integer) throw Expected("an integer after " + clause);
        Advance();
        if (!long.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw Error($"{clause} value {t.Text} is too large", t);
        return value;
    }
}
