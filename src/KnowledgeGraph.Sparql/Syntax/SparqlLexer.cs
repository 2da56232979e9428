using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Splits SPARQL 1.1 text into tokens (grammar §19.8 terminals). Signs of numbers are separate
/// symbols: the parser joins them where the grammar has signed literals, so "?x -1" reads as a subtraction.
/// </summary>
public sealed class SparqlLexer
{
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public SparqlLexer(string text) => _text = text;

    public List<Token> Tokenize()
    {
        RejectLoneSurrogates();
        var tokens = new List<Token>();
        while (true)
        {
            bool space = SkipSpaceAndComments();
            var token = Next(space);
            tokens.Add(token);
            if (token.Kind == TokenKind.EndOfInput) return tokens;
        }
    }

    private int Column => _pos - _lineStart + 1;

    /// <summary>Text decoded from malformed UTF-8 or cut mid-character holds half a surrogate pair: no term may contain one.</summary>
    private void RejectLoneSurrogates()
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '\n') { line++; lineStart = i + 1; }
            else if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1])) i++;
            else if (char.IsSurrogate(c))
                throw new SparqlSyntaxException($"invalid text: unpaired surrogate U+{(int)c:X4}", line, i - lineStart + 1);
        }
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private SparqlSyntaxException Error(string detail) => new(detail, _line, Column);

    private bool SkipSpaceAndComments()
    {
        int start = _pos;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n') { _pos++; _line++; _lineStart = _pos; }
            else if (c is ' ' or '\t' or '\r') _pos++;
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else break;
        }
        return _pos > start;
    }

    private Token Next(bool space)
    {
        int line = _line, col = Column;
        Token Make(TokenKind kind, string text, string local = "") => new(kind, text, line, col, local, space);

        if (_pos >= _text.Length) return Make(TokenKind.EndOfInput, "");
        char c = _text[_pos];
        switch (c)
        {
            case '<':
                if (TryIriRef(out var iri)) return Make(TokenKind.IriRef, iri);
                _pos++;
                if (Peek() == '=') { _pos++; return Make(TokenKind.Symbol, "<="); }
                return Make(TokenKind.Symbol, "<");
            case '>':
                _pos++;
                if (Peek() == '=') { _pos++; return Make(TokenKind.Symbol, ">="); }
                return Make(TokenKind.Symbol, ">");
            case '?':
            case '$':
                if (IsVarStart(Peek(1)))
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && IsVarChar(_text[_pos])) _pos++;
                    return Make(TokenKind.Variable, _text[s.._pos]);
                }
                if (c == '$') throw Error("expected a variable name after '$'");
                _pos++;
                return Make(TokenKind.Symbol, "?");
            case '"':
            case '\'':
                return Make(TokenKind.String, ReadString(c));
            case '@':
                {
                    _pos++;
                    int s = _pos;
                    while (_pos < _text.Length && IsAsciiLetter(_text[_pos])) _pos++;
                    if (_pos == s) throw Error("expected a language tag after '@'");
                    while (Peek() == '-' && IsAsciiLetterOrDigit(Peek(1)))
                    {
                        _pos++;
                        while (_pos < _text.Length && IsAsciiLetterOrDigit(_text[_pos])) _pos++;
                    }
                    return Make(TokenKind.LangTag, _text[s.._pos]);
                }
            case '(':
                {
                    int save = _pos, saveLine = _line, saveStart = _lineStart;
                    _pos++;
                    SkipWhiteSpaceOnly();
                    if (Peek() == ')') { _pos++; return Make(TokenKind.Nil, "()"); }
                    _pos = save; _line = saveLine; _lineStart = saveStart;
                    _pos++;
                    return Make(TokenKind.Symbol, "(");
                }
            case '[':
                {
                    int save = _pos, saveLine = _line, saveStart = _lineStart;
                    _pos++;
                    SkipWhiteSpaceOnly();
                    if (Peek() == ']') { _pos++; return Make(TokenKind.Anon, "[]"); }
                    _pos = save; _line = saveLine; _lineStart = saveStart;
                    _pos++;
                    return Make(TokenKind.Symbol, "[");
                }
            case '^':
                _pos++;
                if (Peek() == '^') { _pos++; return Make(TokenKind.Symbol, "^^"); }
                return Make(TokenKind.Symbol, "^");
            case '!':
                _pos++;
                if (Peek() == '=') { _pos++; return Make(TokenKind.Symbol, "!="); }
                return Make(TokenKind.Symbol, "!");
            case '&':
                if (Peek(1) == '&') { _pos += 2; return Make(TokenKind.Symbol, "&&"); }
                throw Error("unexpected '&' (did you mean '&&'?)");
            case '|':
                _pos++;
                if (Peek() == '|') { _pos++; return Make(TokenKind.Symbol, "||"); }
                return Make(TokenKind.Symbol, "|");
            case '{': case '}': case ')': case ']': case ';': case ',': case '*': case '/': case '=': case '+': case '-':
                _pos++;
                return Make(TokenKind.Symbol, c.ToString());
            case '.':
                if (char.IsAsciiDigit(Peek(1))) return ReadNumber(Make);
                _pos++;
                return Make(TokenKind.Symbol, ".");
            case '_':
                if (Peek(1) == ':')
                {
                    _pos += 2;
                    return Make(TokenKind.BlankNodeLabel, ReadBlankNodeLabel());
                }
                break;
        }
        if (char.IsAsciiDigit(c)) return ReadNumber(Make);
        if (c == ':' || IsPnCharsBase(CodePointAt(_pos)))
            return ReadWordOrPrefixedName(Make);
        throw Error($"unexpected character {DescribeCodePoint(CodePointAt(_pos))}");
    }

    private void SkipWhiteSpaceOnly()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n') { _pos++; _line++; _lineStart = _pos; }
            else if (c is ' ' or '\t' or '\r') _pos++;
            else if (c == '#') { while (_pos < _text.Length && _text[_pos] != '\n') _pos++; }
            else break;
        }
    }

    private bool TryIriRef(out string iri)
    {
        // IRIREF ::= '<' ([^<>"{}|^`\]-[#x00-#x20] | UCHAR)* '>' ; anything else makes '<' an operator.
        var sb = new StringBuilder();
        int p = _pos + 1;
        while (p < _text.Length)
        {
            char c = _text[p];
            if (c == '>')
            {
                iri = sb.ToString();
                _pos = p + 1;
                return true;
            }
            if (c == '\\')
            {
                if (p + 1 < _text.Length && (_text[p + 1] == 'u' || _text[p + 1] == 'U'))
                {
                    int len = _text[p + 1] == 'u' ? 4 : 8;
                    if (p + 2 + len > _text.Length || !TryHex(_text.AsSpan(p + 2, len), out int cp))
                        break;
                    sb.Append(char.ConvertFromUtf32(cp));
                    p += 2 + len;
                    continue;
                }
                break;
            }
            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`') break;
            sb.Append(c);
            p++;
        }
        iri = "";
        return false;
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int value)
    {
        if (!int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)) return false;
        return value is >= 0 and <= 0x10FFFF && !(value is >= 0xD800 and <= 0xDFFF);
    }

    private string ReadString(char quote)
    {
        bool isLong = Peek(1) == quote && Peek(2) == quote;
        _pos += isLong ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string literal");
            char c = _text[_pos];
            if (isLong)
            {
                if (c == quote && Peek(1) == quote && Peek(2) == quote)
                {
                    // A long string may end with up to two quote characters before the closing three.
                    if (Peek(3) == quote) { sb.Append(c); _pos++; continue; }
                    _pos += 3;
                    return sb.ToString();
                }
            }
            else
            {
                if (c == quote) { _pos++; return sb.ToString(); }
                if (c is '\n' or '\r') throw Error("line break in a short string literal (use \"\"\" for long strings)");
            }
            if (c == '\\')
            {
                char e = Peek(1);
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u':
                    case 'U':
                        {
                            int len = e == 'u' ? 4 : 8;
                            if (_pos + 2 + len > _text.Length || !TryHex(_text.AsSpan(_pos + 2, len), out int cp))
                                throw Error("bad \\" + e + " escape in string");
                            sb.Append(char.ConvertFromUtf32(cp));
                            _pos += 2 + len;
                            continue;
                        }
                    default:
                        throw Error($"invalid escape '\\{e}' in string");
                }
                _pos += 2;
                continue;
            }
            if (c == '\n') { _line++; _lineStart = _pos + 1; }
            sb.Append(c);
            _pos++;
        }
    }

    private Token ReadNumber(Func<TokenKind, string, string, Token> make)
    {
        int s = _pos;
        while (char.IsAsciiDigit(Peek())) _pos++;
        var kind = TokenKind.Integer;
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _pos++;
            while (char.IsAsciiDigit(Peek())) _pos++;
            kind = TokenKind.Decimal;
        }
        else if (Peek() == '.' && (Peek(1) is 'e' or 'E') && _pos > s)
        {
            // 1.e5 is a DOUBLE
            int save = _pos;
            _pos++;
            if (TryExponent()) return make(TokenKind.Double, _text[s.._pos], "");
            _pos = save;
        }
        if (Peek() is 'e' or 'E')
        {
            int save = _pos;
            if (TryExponent()) return make(TokenKind.Double, _text[s.._pos], "");
            _pos = save;
        }
        return make(kind, _text[s.._pos], "");
    }

    private bool TryExponent()
    {
        _pos++;
        if (Peek() is '+' or '-') _pos++;
        if (!char.IsAsciiDigit(Peek())) return false;
        while (char.IsAsciiDigit(Peek())) _pos++;
        return true;
    }

    private string ReadBlankNodeLabel()
    {
        int s = _pos;
        if (_pos >= _text.Length) throw Error("expected a blank node label after '_:'");
        int cp = CodePointAt(_pos);
        if (!(IsPnCharsU(cp) || char.IsAsciiDigit((char)cp))) throw Error("expected a blank node label after '_:'");
        Advance(cp);
        ReadPnCharsWithDots(allowColon: false, decode: null);
        return _text[s.._pos];
    }

    /// <summary>Reads (PN_CHARS|'.')* not ending with '.'; returns false if nothing was read.</summary>
    private void ReadPnCharsWithDots(bool allowColon, StringBuilder? decode)
    {
        while (_pos < _text.Length)
        {
            int cp = CodePointAt(_pos);
            if (IsPnChars(cp) || (allowColon && cp == ':'))
            {
                decode?.Append(char.ConvertFromUtf32(cp));
                Advance(cp);
            }
            else if (cp == '.')
            {
                // A dot belongs to the name only when more name follows.
                int next = _pos + 1 < _text.Length ? CodePointAt(_pos + 1) : -1;
                if (next >= 0 && (IsPnChars(next) || next == '.' || (allowColon && (next == ':' || next == '%' || next == '\\'))))
                {
                    if (next == '.' && !DotsLeadToName(_pos)) return;
                    decode?.Append('.');
                    _pos++;
                }
                else return;
            }
            else if (allowColon && cp == '%')
            {
                if (!(IsHex(Peek(1)) && IsHex(Peek(2)))) throw Error("'%' in a prefixed name must be followed by two hex digits");
                decode?.Append(_text, _pos, 3);
                _pos += 3;
            }
            else if (allowColon && cp == '\\')
            {
                char e = Peek(1);
                if ("_~.-!$&'()*+,;=/?#@%".IndexOf(e) < 0) throw Error($"invalid escape '\\{e}' in a prefixed name");
                decode?.Append(e);
                _pos += 2;
            }
            else return;
        }
    }

    private bool DotsLeadToName(int p)
    {
        while (p < _text.Length && _text[p] == '.') p++;
        return p < _text.Length && (IsPnChars(CodePointAt(p)) || _text[p] is ':' or '%' or '\\');
    }

    private Token ReadWordOrPrefixedName(Func<TokenKind, string, string, Token> make)
    {
        int s = _pos;
        string prefix = "";
        if (_text[_pos] != ':')
        {
            int cp = CodePointAt(_pos);
            Advance(cp);
            ReadPnCharsWithDots(allowColon: false, decode: null);
            prefix = _text[s.._pos];
            if (Peek() != ':')
            {
                // A bare word: keywords and function names are ASCII letters, digits and '_'.
                return make(TokenKind.Word, prefix, "");
            }
        }
        _pos++; // ':'
        var local = new StringBuilder();
        if (_pos < _text.Length)
        {
            int cp = CodePointAt(_pos);
            if (IsPnCharsU(cp) || cp == ':' || char.IsAsciiDigit((char)Math.Min(cp, 0xFFFF)) || cp == '%' || cp == '\\')
            {
                if (cp == '%' || cp == '\\')
                {
                    ReadPnCharsWithDots(allowColon: true, decode: local);
                }
                else
                {
                    local.Append(char.ConvertFromUtf32(cp));
                    Advance(cp);
                    ReadPnCharsWithDots(allowColon: true, decode: local);
                }
            }
        }
        return make(TokenKind.PrefixedName, prefix, local.ToString());
    }

    private int CodePointAt(int p)
    {
        char c = _text[p];
        if (char.IsHighSurrogate(c) && p + 1 < _text.Length && char.IsLowSurrogate(_text[p + 1]))
            return char.ConvertToUtf32(c, _text[p + 1]);
        return c;
    }

    private static string DescribeCodePoint(int cp) =>
        cp is >= 0xD800 and <= 0xDFFF || cp < 0x20
            ? $"U+{cp:X4}"
            : $"'{char.ConvertFromUtf32(cp)}' (U+{cp:X4})";

    private void Advance(int cp) => _pos += cp > 0xFFFF ? 2 : 1;

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    internal static bool IsPnCharsBase(int c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
        (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);

    internal static bool IsPnCharsU(int c) => IsPnCharsBase(c) || c == '_';

    internal static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 ||
        (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);

    private static bool IsVarStart(char c) => IsPnCharsU(c) || char.IsAsciiDigit(c) || char.IsHighSurrogate(c);

    private static bool IsVarChar(char c) =>
        IsPnCharsU(c) || char.IsAsciiDigit(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040)
        || char.IsSurrogate(c);
}
