namespace KnowledgeGraph.Rdf;

/// <summary>The Turtle and TriG grammar (RDF 1.1 Turtle section 6.5, TriG section 5.3) by recursive descent.</summary>
internal sealed partial class TurtleFamilyReader
{
    private static readonly UriNode RdfType = new(Vocabulary.RdfType);
    private static readonly UriNode RdfFirst = new(Vocabulary.RdfFirst);
    private static readonly UriNode RdfRest = new(Vocabulary.RdfRest);
    private static readonly UriNode RdfNil = new(Vocabulary.RdfNil);

    private readonly List<Quad> _out = new();
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly Dictionary<string, UriNode> _pnameCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UriNode>.AlternateLookup<ReadOnlySpan<char>> _pnameLookup;
    private string? _base;
    // Nested [ ] and ( ) recurse; a limit turns absurd nesting into a syntax error instead of a stack overflow.
    private const int MaxNesting = 500;

    private long _freshCounter;
    private INode? _graph;
    private bool _inGraph;
    private int _depth;

    private void Enter()
    {
        if (++_depth > MaxNesting)
            throw Error($"blank node property lists and collections nested deeper than {MaxNesting} levels");
    }

    private BlankNode FreshBlank() => new(_options.BlankNodePrefix + "gen" + (_freshCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Emit(INode s, INode p, INode o) => _out.Add(new Quad(s, p, o, _graph));

    /// <summary>Skips white space (counting lines) and comments.</summary>
    private void SkipWs() => SkipSpaceAndComments();

    /// <summary>Parses one directive or statement (TriG: one block) into _out; false at the end of input.</summary>
    private bool NextStatement()
    {
        SkipWs();
        int c = Peek();
        if (_inGraph)
        {
            NextInGraph();
            return true;
        }
        if (c < 0) return false;
        if (c == '@')
        {
            ParseAtDirective();
            return true;
        }
        if (TryKeyword("PREFIX"))
        {
            ParsePrefixBody(atForm: false);
            return true;
        }
        if (TryKeyword("BASE"))
        {
            ParseBaseBody(atForm: false);
            return true;
        }
        if (_syntax == TurtleFamilySyntax.TriG)
        {
            ParseTrigBlock();
            return true;
        }
        ParseTriples();
        SkipWs();
        Expect('.', "at the end of the triples");
        return true;
    }

    /// <summary>Consumes a case-insensitive keyword when it stands alone (not the start of a prefixed name).</summary>
    private bool TryKeyword(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            int c = PeekAt(i);
            if (c < 0 || (c | 0x20) != (word[i] | 0x20)) return false;
        }
        int next = PeekCodePoint(word.Length, out _);
        if (next == ':' || next == '.' || RdfChars.IsPnChars(next)) return false;
        Skip(word.Length);
        return true;
    }

    private void ParseAtDirective()
    {
        Skip();
        _token.Clear();
        while (RdfChars.IsAsciiLetter(Peek()))
        {
            _token.Append((char)Peek());
            Skip();
        }
        var word = _token.Span;
        if (word.SequenceEqual("prefix")) ParsePrefixBody(atForm: true);
        else if (word.SequenceEqual("base")) ParseBaseBody(atForm: true);
        else throw Error($"unknown directive '@{word}'; expected @prefix or @base");
    }

    private void ParsePrefixBody(bool atForm)
    {
        SkipWs();
        _token.Clear();
        int cp = PeekCodePoint(0, out int w);
        if (cp != ':')
        {
            if (!RdfChars.IsPnCharsBase(cp)) throw Error($"expected a prefix name ending in ':' after PREFIX, {Found()}");
            ReadPrefixPart();
        }
        if (Peek() != ':') throw Error($"expected ':' at the end of the prefix name, {Found()}");
        Skip();
        string prefix = _token.ToString();
        SkipWs();
        if (Peek() != '<') throw Error($"expected the namespace IRI in <...> after '{prefix}:', {Found()}");
        string ns = ReadIriRef().Iri;
        _prefixes[prefix] = ns;
        _pnameCache.Clear();
        _options.Namespaces?.Set(prefix, ns);
        if (atForm)
        {
            SkipWs();
            Expect('.', "after an @prefix directive");
        }
    }

    private void ParseBaseBody(bool atForm)
    {
        SkipWs();
        if (Peek() != '<') throw Error($"expected the base IRI in <...>, {Found()}");
        _base = ReadIriRef().Iri;
        // Cached IRIs were resolved against the old base.
        _iriCache.Clear();
        if (atForm)
        {
            SkipWs();
            Expect('.', "after an @base directive");
        }
    }

    /// <summary>Reads PN_PREFIX into the token (current code point is PN_CHARS_BASE).</summary>
    private void ReadPrefixPart()
    {
        int cp = PeekCodePoint(0, out int w);
        _token.AppendCodePoint(cp);
        Skip(w);
        while (true)
        {
            cp = PeekCodePoint(0, out w);
            if (cp == '.')
            {
                int k = 1;
                while (PeekAt(k) == '.') k++;
                if (!RdfChars.IsPnChars(PeekCodePoint(k, out _))) return;
                for (int j = 0; j < k; j++) _token.Append('.');
                Skip(k);
            }
            else if (cp >= 0 && RdfChars.IsPnChars(cp))
            {
                _token.AppendCodePoint(cp);
                Skip(w);
            }
            else return;
        }
    }

    private static bool IsLocalContinuation(int cp) => cp == ':' || cp == '%' || cp == '\\' || RdfChars.IsPnChars(cp);

    /// <summary>
    /// Reads a prefixed name, or a bare word (a, true, false, ...) returned in <paramref name="keyword"/>.
    /// Current code point is PN_CHARS_BASE or ':'.
    /// </summary>
    private UriNode? ReadPrefixedName(out string? keyword)
    {
        long line = _line, col = Column;
        keyword = null;
        _token.Clear();
        if (Peek() != ':') ReadPrefixPart();
        int prefixLength = _token.Length;
        if (Peek() != ':')
        {
            keyword = _token.ToString();
            return null;
        }
        Skip();
        _token.Append(':');
        int cp = PeekCodePoint(0, out int w);
        bool first = true;
        while (true)
        {
            if (cp == '%')
            {
                int h1 = PeekAt(1), h2 = PeekAt(2);
                if (!RdfChars.IsHex(h1) || !RdfChars.IsHex(h2))
                    throw Error("invalid percent escape in a prefixed name: expected two hex digits after '%'");
                _token.Append('%');
                _token.Append((char)h1);
                _token.Append((char)h2);
                Skip(3);
            }
            else if (cp == '\\')
            {
                int e = PeekAt(1);
                if (!RdfChars.IsLocalEscapable(e))
                    throw Error($"invalid escape '\\{RdfChars.Describe(e).Trim('\'')}' in a prefixed name");
                _token.Append((char)e);
                Skip(2);
            }
            else if (cp == '.' && !first)
            {
                int k = 1;
                while (PeekAt(k) == '.') k++;
                if (!IsLocalContinuation(PeekCodePoint(k, out _))) break;
                for (int j = 0; j < k; j++) _token.Append('.');
                Skip(k);
            }
            else if (cp >= 0 && (cp == ':' || RdfChars.IsPnChars(cp)) && (!first || cp != '-' && cp != 0xB7 && !(cp >= 0x300 && cp <= 0x36F) && cp != 0x203F && cp != 0x2040))
            {
                _token.AppendCodePoint(cp);
                Skip(w);
            }
            else break;
            first = false;
            cp = PeekCodePoint(0, out w);
        }
        if (_pnameLookup.TryGetValue(_token.Span, out var node)) return node;
        if (!_prefixLookup.TryGetValue(_token.Span[..prefixLength], out var ns))
            throw ErrorAt(line, col, $"unknown prefix '{_token.ToString(0, prefixLength)}:' (declare it with @prefix or PREFIX)");
        node = new UriNode(string.Concat(ns, _token.Span[(prefixLength + 1)..]));
        if (_pnameCache.Count >= MaxCacheEntries) _pnameCache.Clear();
        _pnameCache[_token.ToString()] = node;
        return node;
    }

    private bool AtNameStart()
    {
        int cp = PeekCodePoint(0, out _);
        return cp == ':' || RdfChars.IsPnCharsBase(cp);
    }

    /// <summary>triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    private void ParseTriples()
    {
        if (Peek() == '[')
        {
            var node = ParseBlankNodePropertyList(out bool anonymous);
            SkipWs();
            if (anonymous || Peek() is not ('.' or '}' or -1)) ParsePredicateObjectList(node);
            return;
        }
        var subject = ParseSubject();
        SkipWs();
        ParsePredicateObjectList(subject);
    }

    private INode ParseSubject()
    {
        int c = Peek();
        if (c == '<') return ReadIriRef();
        if (c == '_') return ReadBlankLabel();
        if (c == '(') return ParseCollection();
        if (AtNameStart())
        {
            var iri = ReadPrefixedName(out var keyword);
            if (iri is not null) return iri;
            throw Error($"expected a subject, found the word '{keyword}'");
        }
        if (c is '"' or '\'' || RdfChars.IsDigit(c) || c is '+' or '-')
            throw Error("a literal cannot be a subject");
        throw Error($"expected a subject (an IRI, a prefixed name, a blank node or a collection), {Found()}");
    }

    /// <summary>predicateObjectList ::= verb objectList (';' (verb objectList)?)*</summary>
    private void ParsePredicateObjectList(INode subject)
    {
        while (true)
        {
            var predicate = ParseVerb();
            SkipWs();
            ParseObjectList(subject, predicate);
            SkipWs();
            if (Peek() != ';') return;
            while (Peek() == ';')
            {
                Skip();
                SkipWs();
            }
            if (Peek() is '.' or ']' or '}' or -1) return;
        }
    }

    private INode ParseVerb()
    {
        int c = Peek();
        if (c == '<') return ReadIriRef();
        if (AtNameStart())
        {
            var iri = ReadPrefixedName(out var keyword);
            if (iri is not null) return iri;
            if (keyword == "a") return RdfType;
            throw Error($"expected a predicate, found the word '{keyword}'");
        }
        if (c == '_') throw Error("a blank node cannot be a predicate");
        if (c is '"' or '\'') throw Error("a literal cannot be a predicate");
        throw Error($"expected a predicate (an IRI, a prefixed name or 'a'), {Found()}");
    }

    private void ParseObjectList(INode subject, INode predicate)
    {
        while (true)
        {
            var obj = ParseObject();
            Emit(subject, predicate, obj);
            SkipWs();
            if (Peek() != ',') return;
            Skip();
            SkipWs();
        }
    }

    private INode ParseObject()
    {
        long line = _line, col = Column;
        int c = Peek();
        switch (c)
        {
            case '<': return ReadIriRef();
            case '_': return ReadBlankLabel();
            case '[': return ParseBlankNodePropertyList(out _);
            case '(': return ParseCollection();
            case '"': case '\'': return ParseRdfLiteral((char)c, line, col);
            case '+': case '-':
                return ParseNumber();
            case '.' when RdfChars.IsDigit(PeekAt(1)):
                return ParseNumber();
        }
        if (RdfChars.IsDigit(c)) return ParseNumber();
        if (AtNameStart())
        {
            var iri = ReadPrefixedName(out var keyword);
            if (iri is not null) return iri;
            return keyword switch
            {
                "true" => new LiteralNode("true", Vocabulary.XsdBoolean),
                "false" => new LiteralNode("false", Vocabulary.XsdBoolean),
                _ => throw ErrorAt(line, col, $"expected an object, found the word '{keyword}' (a prefixed name needs ':')"),
            };
        }
        throw Error($"expected an object (an IRI, a blank node, a literal or a collection), {Found()}");
    }

    /// <summary>'[' predicateObjectList ']' or ANON '[' ']' (current char is '[').</summary>
    private BlankNode ParseBlankNodePropertyList(out bool anonymous)
    {
        Skip();
        SkipWs();
        var node = FreshBlank();
        if (Peek() == ']')
        {
            Skip();
            anonymous = true;
            return node;
        }
        anonymous = false;
        Enter();
        ParsePredicateObjectList(node);
        SkipWs();
        Expect(']', "to close the blank node property list");
        _depth--;
        return node;
    }

    /// <summary>'(' object* ')' as an rdf:first/rdf:rest list (current char is '(').</summary>
    private INode ParseCollection()
    {
        Skip();
        Enter();
        var items = new List<INode>();
        while (true)
        {
            SkipWs();
            int c = Peek();
            if (c == ')')
            {
                Skip();
                break;
            }
            if (c < 0) throw Error("unterminated collection: end of input before ')'");
            items.Add(ParseObject());
        }
        _depth--;
        if (items.Count == 0) return RdfNil;
        var head = FreshBlank();
        var current = head;
        for (int i = 0; i < items.Count; i++)
        {
            Emit(current, RdfFirst, items[i]);
            if (i == items.Count - 1) Emit(current, RdfRest, RdfNil);
            else
            {
                var next = FreshBlank();
                Emit(current, RdfRest, next);
                current = next;
            }
        }
        return head;
    }

    private LiteralNode ParseRdfLiteral(char q, long line, long col)
    {
        string value = PeekAt(1) == q && PeekAt(2) == q ? ReadLongString(q) : ReadShortString(q);
        int c = Peek();
        if (c == '@') return new LiteralNode(value, null, ReadLangTag());
        if (c == '^')
        {
            if (PeekAt(1) != '^') throw Error("expected '^^' before a datatype");
            Skip(2);
            INode? dt = null;
            if (Peek() == '<') dt = ReadIriRef();
            else if (AtNameStart()) dt = ReadPrefixedName(out _);
            if (dt is not UriNode u) throw Error($"expected a datatype IRI after '^^', {Found()}");
            return TypedLiteral(value, u.Iri, line, col);
        }
        return new LiteralNode(value);
    }

    /// <summary>Reads a """long""" or '''long''' string (current chars are the three quotes).</summary>
    private string ReadLongString(char q)
    {
        long line = _line, col = Column;
        Skip(3);
        _token.Clear();
        while (true)
        {
            int c = Peek();
            if (c < 0) throw ErrorAt(line, col, $"unterminated long string: end of input before the closing {q}{q}{q}");
            if (c == q && PeekAt(1) == q && PeekAt(2) == q)
            {
                Skip(3);
                return _token.ToString();
            }
            if (c == '\\')
            {
                ReadStringEscape();
                continue;
            }
            _token.Append((char)c);
            Skip();
            if (c == '\n') NewLine();
        }
    }

    /// <summary>INTEGER, DECIMAL or DOUBLE, lexical form kept as written.</summary>
    private LiteralNode ParseNumber()
    {
        _token.Clear();
        int c = Peek();
        if (c is '+' or '-')
        {
            _token.Append((char)c);
            Skip();
        }
        int intDigits = ReadDigits();
        int fracDigits = 0;
        bool dot = false;
        if (Peek() == '.' && RdfChars.IsDigit(PeekAt(1)))
        {
            dot = true;
            _token.Append('.');
            Skip();
            fracDigits = ReadDigits();
        }
        else if (Peek() == '.' && intDigits > 0 && PeekAt(1) is 'e' or 'E' && ExponentAhead(2))
        {
            dot = true;
            _token.Append('.');
            Skip();
        }
        if (intDigits + fracDigits == 0) throw Error($"expected a number, {Found()}");
        if (Peek() is 'e' or 'E')
        {
            if (!ExponentAhead(1)) throw Error("invalid number: expected digits in the exponent");
            _token.Append((char)Peek());
            Skip();
            if (Peek() is '+' or '-')
            {
                _token.Append((char)Peek());
                Skip();
            }
            ReadDigits();
            return new LiteralNode(_token.ToString(), Vocabulary.XsdDouble);
        }
        return new LiteralNode(_token.ToString(), dot ? Vocabulary.XsdDecimal : Vocabulary.XsdInteger);
    }

    private bool ExponentAhead(int k)
    {
        int c = PeekAt(k);
        if (c is '+' or '-') c = PeekAt(k + 1);
        return RdfChars.IsDigit(c);
    }

    private int ReadDigits()
    {
        int n = 0;
        int c;
        while (RdfChars.IsDigit(c = Peek()))
        {
            _token.Append((char)c);
            Skip();
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- TriG

    /// <summary>
    /// block ::= triplesOrGraph | wrappedGraph | triples2 | "GRAPH" labelOrSubject wrappedGraph
    /// </summary>
    private void ParseTrigBlock()
    {
        int c = Peek();
        if (c == '{')
        {
            OpenGraph(null);
            return;
        }
        if (TryKeyword("GRAPH"))
        {
            SkipWs();
            var label = ParseGraphLabel();
            SkipWs();
            if (Peek() != '{') throw Error($"expected '{{' to open the graph after GRAPH and its name, {Found()}");
            OpenGraph(label);
            return;
        }
        if (c == '[')
        {
            var node = ParseBlankNodePropertyList(out bool anonymous);
            SkipWs();
            if (anonymous && Peek() == '{')
            {
                OpenGraph(node);
                return;
            }
            if (anonymous || Peek() != '.') ParsePredicateObjectList(node);
        }
        else if (c == '(')
        {
            var list = ParseCollection();
            SkipWs();
            ParsePredicateObjectList(list);
        }
        else
        {
            var subject = ParseGraphLabel();
            SkipWs();
            if (Peek() == '{')
            {
                OpenGraph(subject);
                return;
            }
            ParsePredicateObjectList(subject);
        }
        SkipWs();
        Expect('.', "at the end of the triples");
    }

    /// <summary>labelOrSubject ::= iri | BlankNode</summary>
    private INode ParseGraphLabel()
    {
        int c = Peek();
        if (c == '<') return ReadIriRef();
        if (c == '_') return ReadBlankLabel();
        if (c == '[')
        {
            var node = ParseBlankNodePropertyList(out bool anonymous);
            if (!anonymous) throw Error("a graph name cannot be a blank node property list");
            return node;
        }
        if (AtNameStart())
        {
            var iri = ReadPrefixedName(out var keyword);
            if (iri is not null) return iri;
            throw Error($"expected a graph name or a subject, found the word '{keyword}'");
        }
        if (c is '"' or '\'' || RdfChars.IsDigit(c)) throw Error("a literal cannot be a subject or a graph name");
        throw Error($"expected a graph name, a subject or '{{', {Found()}");
    }

    /// <summary>
    /// wrappedGraph ::= '{' triplesBlock? '}' (current char is '{'). Only opens the block: the
    /// triples inside are then read one statement per call (<see cref="NextInGraph"/>), so that a
    /// graph of a billion triples streams like the default graph does.
    /// </summary>
    private void OpenGraph(INode? graph)
    {
        Skip();
        _graph = graph;
        _inGraph = true;
    }

    /// <summary>triplesBlock ::= triples ('.' triplesBlock?)? — one step of it, or the closing '}'.</summary>
    private void NextInGraph()
    {
        int c = Peek();
        if (c == '}')
        {
            Skip();
            _inGraph = false;
            _graph = null;
            return;
        }
        if (c < 0) throw Error("unterminated graph: end of input before '}'");
        ParseTriples();
        SkipWs();
        c = Peek();
        if (c == '.') Skip();
        else if (c != '}') throw Error($"expected '.' or '}}' after triples in a graph, {Found()}");
    }
}
