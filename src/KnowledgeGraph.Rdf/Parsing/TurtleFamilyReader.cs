using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf;

/// <summary>The four line/statement based syntaxes one reader engine handles.</summary>
internal enum TurtleFamilySyntax
{
    NTriples,
    NQuads,
    Turtle,
    TriG,
}

/// <summary>
/// The hand-written engine behind the N-Triples, N-Quads, Turtle and TriG parsers: one instance per
/// parse. Input is pulled from the TextReader through a char buffer that is compacted and refilled,
/// so a document is never held as a whole; tokens that straddle a refill go through a slower
/// char-by-char path. Positions are tracked as (line, offset of the line start) so that column
/// numbers cost nothing until an error is reported.
/// </summary>
internal sealed partial class TurtleFamilyReader
{
    private const int BufferSize = 1 << 16;

    // Vectorised scans for the end of the common token shapes (immutable, so shared safely).
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");
    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");

    // Bounds the per-parse term caches so that a file of mostly distinct IRIs does not grow them without limit.
    private const int MaxCacheEntries = 1 << 16;

    private readonly TextReader _input;
    private readonly RdfReaderOptions _options;
    private readonly TurtleFamilySyntax _syntax;
    private readonly bool _turtle;
    private readonly TokenBuffer _token = new();
    private readonly Dictionary<string, UriNode> _iriCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UriNode>.AlternateLookup<ReadOnlySpan<char>> _iriLookup;
    private readonly Dictionary<string, BlankNode> _blankCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode>.AlternateLookup<ReadOnlySpan<char>> _blankLookup;
    private readonly Dictionary<string, string> _langCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _langLookup;

    private char[] _buf = new char[BufferSize];
    private int _pos;
    private int _len;
    private long _consumed;
    private bool _eof;
    private long _line = 1;
    private long _lineStart;

    public TurtleFamilyReader(TextReader input, RdfReaderOptions options, TurtleFamilySyntax syntax)
    {
        _input = input;
        _options = options;
        _syntax = syntax;
        _turtle = syntax is TurtleFamilySyntax.Turtle or TurtleFamilySyntax.TriG;
        _iriLookup = _iriCache.GetAlternateLookup<ReadOnlySpan<char>>();
        _blankLookup = _blankCache.GetAlternateLookup<ReadOnlySpan<char>>();
        _langLookup = _langCache.GetAlternateLookup<ReadOnlySpan<char>>();
        _pnameLookup = _pnameCache.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _base = options.BaseIri;
        if (Peek() == '\uFEFF') Skip();
    }

    public static IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, TurtleFamilySyntax syntax,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return syntax is TurtleFamilySyntax.NTriples or TurtleFamilySyntax.NQuads
            ? ReadLines(input, options, syntax, cancellationToken)
            : ReadStatements(input, options, syntax, cancellationToken);
    }

    private static IEnumerable<Quad> ReadLines(TextReader input, RdfReaderOptions options, TurtleFamilySyntax syntax,
        CancellationToken cancellationToken)
    {
        var reader = new TurtleFamilyReader(input, options, syntax);
        long n = 0;
        while (reader.NextLine(out var quad))
        {
            if ((++n & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            yield return quad;
        }
    }

    private static IEnumerable<Quad> ReadStatements(TextReader input, RdfReaderOptions options, TurtleFamilySyntax syntax,
        CancellationToken cancellationToken)
    {
        var reader = new TurtleFamilyReader(input, options, syntax);
        long n = 0;
        var batch = reader._out;
        while (true)
        {
            if ((++n & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            batch.Clear();
            if (!reader.NextStatement()) yield break;
            for (int i = 0; i < batch.Count; i++) yield return batch[i];
        }
    }

    // ---------------------------------------------------------------- buffer and positions

    private long Offset => _consumed + _pos;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek() => _pos < _len ? _buf[_pos] : PeekSlow();

    private int PeekSlow() => Fill(1) ? _buf[_pos] : -1;

    /// <summary>The char k positions ahead (0 = current), or -1 past the end of input.</summary>
    private int PeekAt(int k) => _pos + k < _len || Fill(k + 1) ? _buf[_pos + k] : -1;

    /// <summary>The code point starting k chars ahead; width is how many chars it takes.</summary>
    private int PeekCodePoint(int k, out int width)
    {
        width = 1;
        int c = PeekAt(k);
        if (c >= 0xD800 && c <= 0xDBFF)
        {
            int d = PeekAt(k + 1);
            if (d >= 0xDC00 && d <= 0xDFFF)
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)d);
            }
        }
        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Skip() => _pos++;

    private void Skip(int n) => _pos += n;

    /// <summary>Makes at least <paramref name="need"/> chars available from _pos, unless the input ends first.</summary>
    private bool Fill(int need)
    {
        if (_len - _pos >= need) return true;
        if (_eof) return false;
        if (_pos > 0)
        {
            Array.Copy(_buf, _pos, _buf, 0, _len - _pos);
            _consumed += _pos;
            _len -= _pos;
            _pos = 0;
        }
        if (need > _buf.Length) Array.Resize(ref _buf, Math.Max(need, _buf.Length * 2));
        while (_len < need)
        {
            int n = _input.Read(_buf, _len, _buf.Length - _len);
            if (n <= 0)
            {
                _eof = true;
                break;
            }
            _len += n;
        }
        return _len - _pos >= need;
    }

    private void NewLine()
    {
        _line++;
        _lineStart = Offset;
    }

    private RdfSyntaxException Error(string detail) =>
        new(detail, _options.SourceName, _line, Offset - _lineStart + 1);

    private long Column => Offset - _lineStart + 1;

    private RdfSyntaxException ErrorAt(long line, long column, string detail) =>
        new(detail, _options.SourceName, line, column);

    private string Found() => "found " + RdfChars.Describe(PeekCodePoint(0, out _));

    private void Expect(char c, string what)
    {
        if (Peek() != c) throw Error($"expected '{c}' {what}, {Found()}");
        Skip();
    }

    private void Warn(long line, long column, string detail)
    {
        if (_options.Strict) throw new RdfSyntaxException(detail, _options.SourceName, line, column);
        _options.OnWarning?.Invoke(new RdfSyntaxWarning(detail, _options.SourceName, line, column));
    }

    // ---------------------------------------------------------------- N-Triples / N-Quads

    /// <summary>Skips spaces and tabs only: N-Triples statements may not span lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipInlineSpace()
    {
        while (true)
        {
            while (_pos < _len)
            {
                char c = _buf[_pos];
                if (c != ' ' && c != '\t') return;
                _pos++;
            }
            if (!Fill(1)) return;
        }
    }

    /// <summary>Skips white space (counting lines) and comments between statements.</summary>
    private void SkipSpaceAndComments()
    {
        while (true)
        {
            int c = Peek();
            switch (c)
            {
                case ' ': case '\t':
                    Skip();
                    break;
                case '\r':
                    // A lone CR (old Mac line ends) counts as a line end; CR LF counts once, at the LF.
                    Skip();
                    if (Peek() != '\n') NewLine();
                    break;
                case '\n':
                    Skip();
                    NewLine();
                    break;
                case '#':
                    SkipComment();
                    break;
                default:
                    return;
            }
        }
    }

    private void SkipComment()
    {
        while (true)
        {
            while (_pos < _len)
            {
                char c = _buf[_pos];
                if (c == '\n' || c == '\r') return;
                _pos++;
            }
            if (!Fill(1)) return;
        }
    }

    private bool NextLine(out Quad quad)
    {
        SkipSpaceAndComments();
        int c = Peek();
        if (c < 0)
        {
            quad = default;
            return false;
        }
        INode s = c switch
        {
            '<' => ReadIriRef(),
            '_' => ReadBlankLabel(),
            _ => throw Error($"expected a subject (an IRI in <...> or a blank node _:label), {Found()}"),
        };
        SkipInlineSpace();
        if (Peek() != '<') throw Error($"expected a predicate IRI in <...>, {Found()}");
        INode p = ReadIriRef();
        SkipInlineSpace();
        c = Peek();
        INode o = c switch
        {
            '<' => ReadIriRef(),
            '_' => ReadBlankLabel(),
            '"' => ReadNTriplesLiteral(),
            _ => throw Error($"expected an object (an IRI, a blank node or a \"literal\"), {Found()}"),
        };
        SkipInlineSpace();
        INode? g = null;
        if (_syntax == TurtleFamilySyntax.NQuads)
        {
            c = Peek();
            if (c == '<') g = ReadIriRef();
            else if (c == '_') g = ReadBlankLabel();
            SkipInlineSpace();
        }
        if (Peek() != '.')
            throw Error(g is null && _syntax == TurtleFamilySyntax.NQuads
                ? $"expected a graph label or '.' after the object, {Found()}"
                : $"expected '.' at the end of the statement, {Found()}");
        Skip();
        SkipInlineSpace();
        c = Peek();
        if (c == '#')
        {
            SkipComment();
            c = Peek();
        }
        if (c >= 0 && c != '\n' && c != '\r')
            throw Error($"expected the end of the line after '.', {Found()}");
        quad = new Quad(s, p, o, g);
        return true;
    }

    private LiteralNode ReadNTriplesLiteral()
    {
        long line = _line, col = Column;
        string value = ReadShortString('"');
        int c = Peek();
        if (c == '@') return new LiteralNode(value, null, ReadLangTag());
        if (c == '^')
        {
            if (PeekAt(1) != '^') throw Error("expected '^^' before a datatype IRI");
            Skip(2);
            if (Peek() != '<') throw Error($"expected a datatype IRI in <...> after '^^', {Found()}");
            var dt = ReadIriRef();
            return TypedLiteral(value, dt.Iri, line, col);
        }
        return new LiteralNode(value);
    }

    private LiteralNode TypedLiteral(string value, string datatype, long line, long col)
    {
        var problem = LiteralLexicalCheck.Problem(value, datatype);
        if (problem is not null) Warn(line, col, problem);
        return new LiteralNode(value, datatype);
    }

    // ---------------------------------------------------------------- terms shared by all four syntaxes

    /// <summary>Reads &lt;...&gt; (current char is '&lt;'); relative IRIs are resolved in Turtle and TriG, rejected otherwise.</summary>
    private UriNode ReadIriRef()
    {
        long line = _line, col = Column;
        Skip();
        int start = _pos;
        var buf = _buf;
        int stop = buf.AsSpan(start, _len - start).IndexOfAny(IriStops);
        int i = stop < 0 ? _len : start + stop;
        if (i < _len && buf[i] == '>')
        {
            _pos = i + 1;
            return IriNode(buf.AsSpan(start, i - start), line, col);
        }
        _token.Clear();
        _token.Append(buf.AsSpan(start, i - start));
        _pos = i;
        while (true)
        {
            int c = Peek();
            if (c == '>')
            {
                Skip();
                break;
            }
            if (c < 0) throw ErrorAt(line, col, "unterminated IRI: end of input before '>'");
            if (c == '\\')
            {
                if (PeekAt(1) is not ('u' or 'U'))
                    throw Error($"invalid escape in IRI: only \\uXXXX and \\UXXXXXXXX are allowed, found '\\{(char)Math.Max(PeekAt(1), 0)}'");
                int cp = ReadUnicodeEscape();
                if (RdfChars.IsIriForbidden(cp))
                    throw Error($"the escape decodes to {RdfChars.Describe(cp)}, which is not allowed in an IRI");
                _token.AppendCodePoint(cp);
            }
            else if (RdfChars.IsIriForbidden(c))
                throw Error($"invalid character {RdfChars.Describe(c)} in IRI; expected '>' to close it");
            else
            {
                _token.Append((char)c);
                Skip();
            }
        }
        return IriNode(_token.Span, line, col);
    }

    private UriNode IriNode(ReadOnlySpan<char> text, long line, long col)
    {
        if (_iriLookup.TryGetValue(text, out var node)) return node;
        string raw = text.ToString();
        string iri = raw;
        if (!IriResolver.IsAbsolute(text))
        {
            if (!_turtle)
                throw ErrorAt(line, col, $"relative IRI <{raw}>: N-Triples and N-Quads need absolute IRIs");
            if (_base is null)
                throw ErrorAt(line, col, $"relative IRI <{raw}> and no base IRI to resolve it against (add @base or pass a base)");
            iri = IriResolver.Resolve(_base, raw);
        }
        node = new UriNode(iri);
        if (_iriCache.Count >= MaxCacheEntries) _iriCache.Clear();
        _iriCache[raw] = node;
        return node;
    }

    /// <summary>Reads \uXXXX or \UXXXXXXXX (current char is '\') and returns the code point.</summary>
    private int ReadUnicodeEscape()
    {
        int n = PeekAt(1) == 'u' ? 4 : 8;
        int cp = 0;
        for (int k = 0; k < n; k++)
        {
            int h = PeekAt(2 + k);
            if (!RdfChars.IsHex(h))
                throw Error($"bad unicode escape: expected {n} hex digits after '\\{(n == 4 ? 'u' : 'U')}', found {RdfChars.Describe(h)}");
            cp = cp * 16 + RdfChars.HexValue(h);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            throw Error($"bad unicode escape: U+{cp:X} is not a Unicode scalar value");
        Skip(2 + n);
        return cp;
    }

    /// <summary>Reads _:label (current char is '_').</summary>
    private BlankNode ReadBlankLabel()
    {
        if (PeekAt(1) != ':') throw Error($"expected ':' after '_' to start a blank node label, found {RdfChars.Describe(PeekAt(1))}");
        Skip(2);
        _token.Clear();
        int cp = PeekCodePoint(0, out int w);
        if (!RdfChars.IsPnCharsU(cp) && !RdfChars.IsDigit(cp))
            throw Error($"invalid blank node label: it cannot start with {RdfChars.Describe(cp)}");
        _token.AppendCodePoint(cp);
        Skip(w);
        while (true)
        {
            // ASCII fast path inside the buffer.
            while (_pos < _len)
            {
                char ch = _buf[_pos];
                if ((uint)((ch | 0x20) - 'a') <= 'z' - 'a' || RdfChars.IsDigit(ch) || ch == '_' || ch == '-')
                {
                    _token.Append(ch);
                    _pos++;
                }
                else break;
            }
            cp = PeekCodePoint(0, out w);
            if (cp == '.')
            {
                int k = 1;
                while (PeekAt(k) == '.') k++;
                if (!RdfChars.IsPnChars(PeekCodePoint(k, out _))) break;
                for (int j = 0; j < k; j++) _token.Append('.');
                Skip(k);
            }
            else if (cp >= 0 && RdfChars.IsPnChars(cp))
            {
                _token.AppendCodePoint(cp);
                Skip(w);
            }
            else break;
        }
        return BlankFromLabel(_token.Span);
    }

    private BlankNode BlankFromLabel(ReadOnlySpan<char> label)
    {
        if (_blankLookup.TryGetValue(label, out var node)) return node;
        string raw = label.ToString();
        node = new BlankNode(_options.BlankNodePrefix + (_turtle ? EscapeUserLabel(raw) : raw));
        // The label mapping is a pure function, so the cache only saves allocations and may be trimmed
        // (a file of millions of distinct blank nodes must not grow it without limit).
        if (_blankCache.Count >= MaxCacheEntries) _blankCache.Clear();
        _blankCache[raw] = node;
        return node;
    }

    /// <summary>
    /// Turtle and TriG mint fresh blank nodes labelled "gen" + a counter. User labels starting with
    /// "gen" get "gen_" in front, so the two sets can never meet (an injective renaming).
    /// </summary>
    private static string EscapeUserLabel(string label) =>
        label.StartsWith("gen", StringComparison.Ordinal) ? "gen_" + label : label;

    /// <summary>Reads a single-line string in quote <paramref name="q"/> (current char is the quote).</summary>
    private string ReadShortString(char q)
    {
        long line = _line, col = Column;
        Skip();
        int start = _pos;
        var buf = _buf;
        int stop = buf.AsSpan(start, _len - start).IndexOfAny(q == '"' ? DoubleQuoteStops : SingleQuoteStops);
        int i = stop < 0 ? _len : start + stop;
        if (i < _len && buf[i] == q)
        {
            _pos = i + 1;
            return i == start ? string.Empty : new string(buf, start, i - start);
        }
        _token.Clear();
        _token.Append(buf.AsSpan(start, i - start));
        _pos = i;
        while (true)
        {
            int c = Peek();
            if (c == q)
            {
                Skip();
                return _token.ToString();
            }
            switch (c)
            {
                case < 0:
                    throw ErrorAt(line, col, $"unterminated string: end of input before the closing {q}");
                case '\n' or '\r':
                    throw Error($"unterminated string: a line break before the closing {q} (use \\n, or a \"\"\"long string\"\"\" in Turtle)");
                case '\\':
                    ReadStringEscape();
                    break;
                default:
                    _token.Append((char)c);
                    Skip();
                    break;
            }
        }
    }

    /// <summary>Reads an ECHAR or UCHAR into the token (current char is '\').</summary>
    private void ReadStringEscape()
    {
        int e = PeekAt(1);
        char decoded;
        switch (e)
        {
            case 't': decoded = '\t'; break;
            case 'b': decoded = '\b'; break;
            case 'n': decoded = '\n'; break;
            case 'r': decoded = '\r'; break;
            case 'f': decoded = '\f'; break;
            case '"': decoded = '"'; break;
            case '\'': decoded = '\''; break;
            case '\\': decoded = '\\'; break;
            case 'u': case 'U':
                _token.AppendCodePoint(ReadUnicodeEscape());
                return;
            default:
                throw Error($"invalid escape '\\{RdfChars.Describe(e).Trim('\'')}' in string; expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX");
        }
        _token.Append(decoded);
        Skip(2);
    }

    /// <summary>Reads @lang (current char is '@'), kept as written.</summary>
    private string ReadLangTag()
    {
        Skip();
        _token.Clear();
        int c = Peek();
        if (!RdfChars.IsAsciiLetter(c)) throw Error($"invalid language tag: expected a letter after '@', {Found()}");
        while (RdfChars.IsAsciiLetter(c = Peek()))
        {
            _token.Append((char)c);
            Skip();
        }
        while (Peek() == '-')
        {
            c = PeekAt(1);
            if (!RdfChars.IsAsciiLetter(c) && !RdfChars.IsDigit(c))
                throw Error($"invalid language tag: expected a letter or digit after '-', found {RdfChars.Describe(c)}");
            _token.Append('-');
            Skip();
            while (RdfChars.IsAsciiLetter(c = Peek()) || RdfChars.IsDigit(c))
            {
                _token.Append((char)c);
                Skip();
            }
        }
        if (_langLookup.TryGetValue(_token.Span, out var lang)) return lang;
        lang = _token.ToString();
        if (_langCache.Count < MaxCacheEntries) _langCache[lang] = lang;
        return lang;
    }
}
