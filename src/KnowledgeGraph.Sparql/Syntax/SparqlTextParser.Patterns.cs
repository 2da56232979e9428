using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class SparqlTextParser
{
    /// <summary>Where triples are being read: what blank nodes become and what is allowed.</summary>
    private enum TriplesMode
    {
        /// <summary>WHERE: property paths allowed; blank nodes are "_:" variables.</summary>
        Where,
        /// <summary>CONSTRUCT / INSERT / DELETE templates: variables allowed; blank nodes are terms.</summary>
        Template,
        /// <summary>INSERT DATA / DELETE DATA: ground triples only.</summary>
        Data,
    }

    // Blank node labels may not be shared between basic graph patterns (§4.1.4): label → block id.
    private readonly Dictionary<string, int> _blankNodeBlocks = new(StringComparer.Ordinal);
    private int _currentBlock;
    private string? _blankNodesForbidden;
    private string? _variablesForbidden;

    // The Filter that the group just parsed built from its own top-level FILTERs, if any. OPTIONAL
    // lifts only that filter into the LeftJoin condition; a filter of a nested group stays inside
    // (§18.2.2.6 translates before simplifying Join(Z, A) to A; W3C dawg-optional-filter-005).
    private Filter? _lastGroupOwnFilter;

    private AlgebraNode ParseGroupGraphPattern() => Nested(ParseGroupGraphPatternCore);

    private AlgebraNode ParseGroupGraphPatternCore()
    {
        ExpectSymbol("{");
        if (IsWord("SELECT"))
        {
            var sub = ParseSubSelect();
            ExpectSymbol("}");
            _lastGroupOwnFilter = null;
            return sub;
        }

        AlgebraNode? g = null;
        var filters = new List<Expression>();
        var pending = new List<object>();
        bool triplesAllowed = true;

        void Flush()
        {
            if (pending.Count > 0)
            {
                g = JoinOrSelf(g, BuildTriplesAlgebra(pending));
                pending.Clear();
            }
            _currentBlock++;
        }

        while (true)
        {
            if (IsSymbol("}")) { Advance(); break; }
            if (AtTriplesStart())
            {
                if (!triplesAllowed) throw Expected("'.' or '}' between triple patterns");
                ParseTriplesSameSubject(TriplesMode.Where, pending);
                triplesAllowed = TrySymbol(".");
                continue;
            }
            if (IsWord("FILTER"))
            {
                Advance();
                filters.Add(ParseConstraint());
            }
            else if (IsWord("OPTIONAL"))
            {
                Advance();
                Flush();
                var a = ParseGroupGraphPattern();
                g = a is Filter f && ReferenceEquals(f, _lastGroupOwnFilter)
                    ? new LeftJoin(g ?? Bgp.Empty, f.Inner, f.Condition)
                    : new LeftJoin(g ?? Bgp.Empty, a, null);
                _currentBlock++;
            }
            else if (IsWord("MINUS"))
            {
                Advance();
                Flush();
                g = new Minus(g ?? Bgp.Empty, ParseGroupGraphPattern());
                _currentBlock++;
            }
            else if (IsWord("BIND"))
            {
                var at = Advance();
                Flush();
                ExpectSymbol("(");
                var expr = ParseExpression();
                ExpectWord("AS");
                var v = ParseVariableName();
                ExpectSymbol(")");
                if (g is not null && AlgebraVariables.InScope(g).Contains(v))
                    throw Error($"BIND variable ?{v} is already in scope in this group", at);
                g = new Extend(g ?? Bgp.Empty, v, expr);
            }
            else if (IsSymbol("{"))
            {
                Flush();
                g = JoinOrSelf(g, ParseGroupOrUnion());
                _currentBlock++;
            }
            else if (IsWord("GRAPH"))
            {
                Advance();
                Flush();
                var name = ParseVarOrIri();
                g = JoinOrSelf(g, new Algebra.Graph(name, ParseGroupGraphPattern()));
                _currentBlock++;
            }
            else if (IsWord("SERVICE"))
            {
                Advance();
                Flush();
                bool silent = TryWord("SILENT");
                var endpoint = ParseVarOrIri();
                g = JoinOrSelf(g, new Service(endpoint, ParseGroupGraphPattern(), silent));
                _currentBlock++;
            }
            else if (IsWord("VALUES"))
            {
                Advance();
                Flush();
                g = JoinOrSelf(g, ParseDataBlock());
            }
            else
            {
                throw Expected("a triple pattern, FILTER, OPTIONAL, MINUS, BIND, GRAPH, SERVICE, VALUES, '{' or '}'");
            }
            TrySymbol(".");
            triplesAllowed = true;
        }
        if (pending.Count > 0) g = JoinOrSelf(g, BuildTriplesAlgebra(pending));
        _currentBlock++;

        g ??= Bgp.Empty;
        _lastGroupOwnFilter = null;
        if (filters.Count > 0) g = _lastGroupOwnFilter = new Filter(Conjunction(filters), g);
        return g;
    }

    private static Expression Conjunction(IReadOnlyList<Expression> expressions)
    {
        var result = expressions[0];
        for (int i = 1; i < expressions.Count; i++)
            result = new BinaryExpression(BinaryOperator.And, result, expressions[i]);
        return result;
    }

    private static AlgebraNode JoinOrSelf(AlgebraNode? left, AlgebraNode right) =>
        left is null ? right : new Join(left, right);

    private AlgebraNode ParseGroupOrUnion()
    {
        var result = ParseGroupGraphPattern();
        while (TryWord("UNION"))
        {
            _currentBlock++;
            result = new Union(result, ParseGroupGraphPattern());
        }
        return result;
    }

    /// <summary>Consecutive triple patterns form one BGP; path patterns sit between them, joined in order.</summary>
    private static AlgebraNode BuildTriplesAlgebra(List<object> items)
    {
        AlgebraNode? result = null;
        var bgp = new List<TriplePattern>();
        foreach (var item in items)
        {
            if (item is TriplePattern tp)
            {
                bgp.Add(tp);
                continue;
            }
            if (bgp.Count > 0)
            {
                result = JoinOrSelf(result, new Bgp(bgp.ToArray()));
                bgp.Clear();
            }
            result = JoinOrSelf(result, (PathPattern)item);
        }
        if (bgp.Count > 0 || result is null) result = JoinOrSelf(result, new Bgp(bgp.ToArray()));
        return result;
    }

    private bool AtTriplesStart() =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
            or TokenKind.Nil or TokenKind.Anon or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
        || IsSymbol("[") || IsSymbol("(") || IsWord("true") || IsWord("false")
        || ((IsSymbol("+") || IsSymbol("-")) && IsNumberToken(PeekToken()));

    // ---- Triples ----

    private void ParseTriplesSameSubject(TriplesMode mode, List<object> output)
    {
        PatternItem subject;
        if (IsSymbol("[") || IsSymbol("("))
        {
            subject = ParseTriplesNode(mode, output);
            if (AtVerbStart(mode)) ParsePropertyListNotEmpty(subject, mode, output);
        }
        else
        {
            subject = ParseVarOrTerm(mode);
            ParsePropertyListNotEmpty(subject, mode, output);
        }
    }

    private bool AtVerbStart(TriplesMode mode) =>
        Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
        || IsWord("a")
        || (mode == TriplesMode.Where && (IsSymbol("^") || IsSymbol("!") || IsSymbol("(")));

    private void ParsePropertyListNotEmpty(PatternItem subject, TriplesMode mode, List<object> output)
    {
        while (true)
        {
            if (!AtVerbStart(mode)) throw Expected("a predicate (IRI, 'a', variable or property path)");
            PatternItem? predicate = null;
            PropertyPath? path = null;
            if (Current.Kind == TokenKind.Variable)
                predicate = ParseVariableItem(mode);
            else if (mode == TriplesMode.Where)
            {
                path = ParsePath();
                if (path is LinkPath link)
                {
                    predicate = new TermItem(new UriNode(link.Iri));
                    path = null;
                }
            }
            else
            {
                predicate = IsWord("a") && Current.Text == "a"
                    ? ConsumeA()
                    : new TermItem(new UriNode(ParseIri()));
            }

            while (true)
            {
                var obj = ParseObject(mode, output);
                if (path is null)
                    output.Add(new TriplePattern(subject, predicate!, obj));
                else
                    EmitPath(subject, path, obj, output);
                if (!TrySymbol(",")) break;
            }

            if (!TrySymbol(";")) return;
            while (TrySymbol(";")) { }
            if (!AtVerbStart(mode)) return;
        }
    }

    private PatternItem ConsumeA()
    {
        Advance();
        return new TermItem(new UriNode(Vocabulary.RdfType));
    }

    private PatternItem ParseObject(TriplesMode mode, List<object> output)
    {
        if (IsSymbol("[") || IsSymbol("(")) return ParseTriplesNode(mode, output);
        return ParseVarOrTerm(mode);
    }

    /// <summary>A blank node property list [ ... ] or a collection ( ... ); returns the node standing for it.</summary>
    private PatternItem ParseTriplesNode(TriplesMode mode, List<object> output) => Nested(() => ParseTriplesNodeCore(mode, output));

    private PatternItem ParseTriplesNodeCore(TriplesMode mode, List<object> output)
    {
        if (TrySymbol("["))
        {
            var node = FreshBlankNode(mode, "b");
            ParsePropertyListNotEmpty(node, mode, output);
            ExpectSymbol("]");
            return node;
        }
        ExpectSymbol("(");
        var members = new List<PatternItem>();
        while (!IsSymbol(")"))
        {
            if (Current.Kind == TokenKind.EndOfInput) throw Expected("')' to close the collection");
            members.Add(ParseObject(mode, output));
        }
        Advance();
        var first = new TermItem(new UriNode(Vocabulary.RdfFirst));
        var rest = new TermItem(new UriNode(Vocabulary.RdfRest));
        PatternItem head = new TermItem(new UriNode(Vocabulary.RdfNil));
        var cells = members.Select(_ => FreshBlankNode(mode, "l")).ToList();
        for (int i = 0; i < members.Count; i++)
        {
            output.Add(new TriplePattern(cells[i], first, members[i]));
            output.Add(new TriplePattern(cells[i], rest, i + 1 < cells.Count ? cells[i + 1] : head));
        }
        return cells.Count > 0 ? cells[0] : head;
    }

    private PatternItem FreshBlankNode(TriplesMode mode, string kind)
    {
        if (_blankNodesForbidden is not null) throw Error("blank nodes are not allowed in " + _blankNodesForbidden);
        var name = FreshName(kind);
        return mode == TriplesMode.Where ? new Variable("_:" + name) : new TermItem(new BlankNode(name));
    }

    private PatternItem ParseVariableItem(TriplesMode mode)
    {
        var t = Current;
        if (t.Kind != TokenKind.Variable) throw Expected("a variable");
        if (_variablesForbidden is not null) throw Error("variables are not allowed in " + _variablesForbidden);
        Advance();
        return new Variable(t.Text);
    }

    private string ParseVariableName()
    {
        var t = Current;
        if (t.Kind != TokenKind.Variable) throw Expected("a variable");
        Advance();
        return t.Text;
    }

    private PatternItem ParseVarOrIri()
    {
        if (Current.Kind == TokenKind.Variable) return new Variable(Advance().Text);
        return new TermItem(new UriNode(ParseIri()));
    }

    private PatternItem ParseVarOrTerm(TriplesMode mode)
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Variable:
                return ParseVariableItem(mode);
            case TokenKind.IriRef:
            case TokenKind.PrefixedName:
                return new TermItem(new UriNode(ParseIri()));
            case TokenKind.BlankNodeLabel:
                Advance();
                if (_blankNodesForbidden is not null) throw Error("blank nodes are not allowed in " + _blankNodesForbidden, t);
                if (mode == TriplesMode.Where)
                {
                    if (_blankNodeBlocks.TryGetValue(t.Text, out var block) && block != _currentBlock)
                        throw Error($"blank node label '_:{t.Text}' is used in more than one basic graph pattern", t);
                    _blankNodeBlocks[t.Text] = _currentBlock;
                    return new Variable("_:" + t.Text);
                }
                NoteDataBlankNode(t);
                return new TermItem(new BlankNode(t.Text));
            case TokenKind.Anon:
                Advance();
                return FreshBlankNode(mode, "b");
            case TokenKind.Nil:
                Advance();
                return new TermItem(new UriNode(Vocabulary.RdfNil));
        }
        if (AtLiteralStart) return new TermItem(ParseLiteral());
        throw Expected("a variable, IRI, literal or blank node");
    }

    // ---- Property paths ----

    private PropertyPath ParsePath() => Nested(ParsePathCore);

    private PropertyPath ParsePathCore()
    {
        var path = ParsePathSequence();
        while (TrySymbol("|")) path = new AlternativePath(path, ParsePathSequence());
        return path;
    }

    private PropertyPath ParsePathSequence()
    {
        var path = ParsePathEltOrInverse();
        while (TrySymbol("/")) path = new SequencePath(path, ParsePathEltOrInverse());
        return path;
    }

    private PropertyPath ParsePathEltOrInverse()
    {
        if (TrySymbol("^")) return new InversePath(ParsePathElt());
        return ParsePathElt();
    }

    private PropertyPath ParsePathElt()
    {
        var primary = ParsePathPrimary();
        // A modifier must follow immediately-ish; '?' as a path modifier never starts a variable here.
        if (IsSymbol("?")) { Advance(); return new ZeroOrOnePath(primary); }
        if (IsSymbol("*")) { Advance(); return new ZeroOrMorePath(primary); }
        if (IsSymbol("+") && !IsNumberToken(PeekToken())) { Advance(); return new OneOrMorePath(primary); }
        if (IsSymbol("+") && IsNumberToken(PeekToken()) && PeekToken().SpaceBefore) { Advance(); return new OneOrMorePath(primary); }
        return primary;
    }

    private PropertyPath ParsePathPrimary()
    {
        if (IsWord("a") && Current.Text == "a") { Advance(); return new LinkPath(Vocabulary.RdfType); }
        if (AtIri) return new LinkPath(ParseIri());
        if (TrySymbol("!"))
        {
            var forward = new List<string>();
            var inverse = new List<string>();
            if (TrySymbol("("))
            {
                ParseOneInPropertySet(forward, inverse);
                while (TrySymbol("|")) ParseOneInPropertySet(forward, inverse);
                ExpectSymbol(")");
            }
            else if (Current.Kind == TokenKind.Nil)
            {
                Advance();
            }
            else ParseOneInPropertySet(forward, inverse);
            return new NegatedPropertySet(forward.ToArray(), inverse.ToArray());
        }
        if (TrySymbol("("))
        {
            var inner = ParsePath();
            ExpectSymbol(")");
            return inner;
        }
        throw Expected("a property path (IRI, 'a', '^', '!' or '(')");
    }

    private void ParseOneInPropertySet(List<string> forward, List<string> inverse)
    {
        bool inv = TrySymbol("^");
        string iri;
        if (IsWord("a") && Current.Text == "a") { Advance(); iri = Vocabulary.RdfType; }
        else if (AtIri) iri = ParseIri();
        else throw Expected("an IRI or 'a' in a negated property set");
        (inv ? inverse : forward).Add(iri);
    }

    /// <summary>The path rewriting of §18.2.2.4: links and sequences become triple patterns.</summary>
    private void EmitPath(PatternItem subject, PropertyPath path, PatternItem obj, List<object> output)
    {
        switch (path)
        {
            case LinkPath link:
                output.Add(new TriplePattern(subject, new TermItem(new UriNode(link.Iri)), obj));
                return;
            case InversePath { Path: LinkPath inverseLink }:
                output.Add(new TriplePattern(obj, new TermItem(new UriNode(inverseLink.Iri)), subject));
                return;
            case InversePath { Path: InversePath twice }:
                EmitPath(subject, twice.Path, obj, output);
                return;
            case SequencePath seq:
                var middle = new Variable("_:" + FreshName("p"));
                EmitPath(subject, seq.First, middle, output);
                EmitPath(middle, seq.Second, obj, output);
                return;
            default:
                output.Add(new PathPattern(subject, path, obj));
                return;
        }
    }

    // ---- VALUES ----

    private Table ParseDataBlock()
    {
        var variables = new List<string>();
        var rows = new List<ValueList<INode?>>();
        if (Current.Kind == TokenKind.Variable)
        {
            variables.Add(Advance().Text);
            ExpectSymbol("{");
            while (!TrySymbol("}"))
                rows.Add(new ValueList<INode?>(new[] { ParseDataBlockValue() }));
            return new Table(variables.ToArray(), rows.ToArray());
        }
        if (Current.Kind == TokenKind.Nil) Advance();
        else
        {
            ExpectSymbol("(");
            while (!TrySymbol(")"))
            {
                var v = ParseVariableName();
                if (variables.Contains(v)) throw Error($"variable ?{v} appears twice in VALUES");
                variables.Add(v);
            }
        }
        ExpectSymbol("{");
        while (!TrySymbol("}"))
        {
            var row = new List<INode?>();
            if (Current.Kind == TokenKind.Nil) Advance();
            else
            {
                ExpectSymbol("(");
                while (!TrySymbol(")")) row.Add(ParseDataBlockValue());
            }
            if (row.Count != variables.Count)
                throw Error($"a VALUES row has {row.Count} values for {variables.Count} variables");
            rows.Add(row.ToArray());
        }
        return new Table(variables.ToArray(), rows.ToArray());
    }

    private INode? ParseDataBlockValue()
    {
        if (TryWord("UNDEF")) return null;
        if (AtIri) return new UriNode(ParseIri());
        if (AtLiteralStart) return ParseLiteral();
        throw Expected("an IRI, literal or UNDEF in VALUES");
    }
}
