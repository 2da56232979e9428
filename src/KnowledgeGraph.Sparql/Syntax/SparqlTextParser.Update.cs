using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class SparqlTextParser
{
    // Blank node labels of INSERT DATA may not be shared between operations of a request (§19.6,
    // W3C syntax-update-54); template blank nodes are fresh per solution, so templates may reuse labels.
    private readonly Dictionary<string, int> _dataBlankNodeOperations = new(StringComparer.Ordinal);
    private int _operationIndex;
    private bool _inInsertData;

    private void NoteDataBlankNode(Token t)
    {
        if (!_inInsertData) return;
        if (_dataBlankNodeOperations.TryGetValue(t.Text, out var op) && op != _operationIndex)
            throw Error($"blank node label '_:{t.Text}' is used in more than one update operation", t);
        _dataBlankNodeOperations[t.Text] = _operationIndex;
    }

    public UpdateRequest ParseUpdate()
    {
        var operations = new List<UpdateOperation>();
        ParsePrologue();
        while (Current.Kind != TokenKind.EndOfInput)
        {
            operations.Add(ParseUpdateOperation());
            _operationIndex++;
            if (!TrySymbol(";")) break;
            ParsePrologue();
        }
        ExpectEnd();
        return new UpdateRequest(operations.ToArray(), _base, PrefixList);
    }

    private UpdateOperation ParseUpdateOperation()
    {
        var t = Current;
        if (TryWord("LOAD"))
        {
            bool silent = TryWord("SILENT");
            var source = ParseIri();
            string? into = null;
            if (TryWord("INTO"))
            {
                ExpectWord("GRAPH");
                into = ParseIri();
            }
            return new Load(source, into, silent);
        }
        if (TryWord("CLEAR"))
        {
            bool silent = TryWord("SILENT");
            return new Clear(ParseGraphRefAll(), silent);
        }
        if (TryWord("DROP"))
        {
            bool silent = TryWord("SILENT");
            return new Drop(ParseGraphRefAll(), silent);
        }
        if (TryWord("CREATE"))
        {
            bool silent = TryWord("SILENT");
            ExpectWord("GRAPH");
            return new Create(ParseIri(), silent);
        }
        foreach (var (word, kind) in new[] { ("ADD", GraphTransferKind.Add), ("MOVE", GraphTransferKind.Move), ("COPY", GraphTransferKind.Copy) })
        {
            if (!TryWord(word)) continue;
            bool silent = TryWord("SILENT");
            var from = ParseGraphOrDefault();
            ExpectWord("TO");
            var to = ParseGraphOrDefault();
            return new GraphTransfer(kind, from, to, silent);
        }
        if (IsWord("INSERT") && PeekToken().IsWord("DATA"))
        {
            Advance();
            Advance();
            _variablesForbidden = "INSERT DATA";
            _inInsertData = true;
            var quads = ParseQuadBlock(TriplesMode.Data);
            _inInsertData = false;
            _variablesForbidden = null;
            return new InsertData(quads.Select(ToQuad).ToArray());
        }
        if (IsWord("DELETE") && PeekToken().IsWord("DATA"))
        {
            Advance();
            Advance();
            _variablesForbidden = "DELETE DATA";
            _blankNodesForbidden = "DELETE DATA";
            var quads = ParseQuadBlock(TriplesMode.Data);
            _variablesForbidden = null;
            _blankNodesForbidden = null;
            return new DeleteData(quads.Select(ToQuad).ToArray());
        }
        if (IsWord("DELETE") && PeekToken().IsWord("WHERE"))
        {
            Advance();
            Advance();
            _blankNodesForbidden = "DELETE WHERE";
            var quads = ParseQuadBlock(TriplesMode.Template);
            _blankNodesForbidden = null;
            return new DeleteInsert(quads.ToArray(), ValueList<QuadPattern>.Empty, QuadsToAlgebra(quads), null, null);
        }
        if (IsWord("WITH") || IsWord("DELETE") || IsWord("INSERT"))
        {
            string? with = null;
            if (TryWord("WITH")) with = ParseIri();
            var delete = new List<QuadPattern>();
            var insert = new List<QuadPattern>();
            bool any = false;
            if (TryWord("DELETE"))
            {
                _blankNodesForbidden = "DELETE templates";
                delete = ParseQuadBlock(TriplesMode.Template);
                _blankNodesForbidden = null;
                any = true;
            }
            if (TryWord("INSERT"))
            {
                insert = ParseQuadBlock(TriplesMode.Template);
                any = true;
            }
            if (!any) throw Expected("DELETE or INSERT");
            var defaults = new List<string>();
            var named = new List<string>();
            bool usingAny = false;
            while (TryWord("USING"))
            {
                usingAny = true;
                if (TryWord("NAMED")) named.Add(ParseIri());
                else defaults.Add(ParseIri());
            }
            ExpectWord("WHERE");
            var where = ParseGroupGraphPattern();
            return new DeleteInsert(delete.ToArray(), insert.ToArray(), where,
                usingAny ? new Dataset(defaults.ToArray(), named.ToArray()) : null, with);
        }
        throw Error($"expected an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY, WITH) but found {t.Describe()}");
    }

    private GraphTarget ParseGraphRefAll()
    {
        if (TryWord("DEFAULT")) return new GraphTarget(GraphTargetKind.Default);
        if (TryWord("NAMED")) return new GraphTarget(GraphTargetKind.Named);
        if (TryWord("ALL")) return new GraphTarget(GraphTargetKind.All);
        ExpectWord("GRAPH");
        return new GraphTarget(GraphTargetKind.Graph, ParseIri());
    }

    private string? ParseGraphOrDefault()
    {
        if (TryWord("DEFAULT")) return null;
        TryWord("GRAPH");
        return ParseIri();
    }

    /// <summary>'{' Quads '}': triples, and GRAPH blocks of triples.</summary>
    private List<QuadPattern> ParseQuadBlock(TriplesMode mode)
    {
        ExpectSymbol("{");
        var result = new List<QuadPattern>();
        while (true)
        {
            if (IsWord("GRAPH"))
            {
                Advance();
                PatternItem graph;
                if (Current.Kind == TokenKind.Variable)
                {
                    if (_variablesForbidden is not null) throw Error("variables are not allowed in " + _variablesForbidden);
                    graph = new Variable(Advance().Text);
                }
                else graph = new TermItem(new UriNode(ParseIri()));
                ExpectSymbol("{");
                var items = new List<object>();
                ParseTriplesTemplate(mode, items, "}");
                ExpectSymbol("}");
                result.AddRange(items.Cast<TriplePattern>().Select(tp => new QuadPattern(graph, tp)));
                TrySymbol(".");
            }
            else if (IsSymbol("}"))
            {
                Advance();
                return result;
            }
            else
            {
                var items = new List<object>();
                ParseTriplesTemplate(mode, items, "}");
                result.AddRange(items.Cast<TriplePattern>().Select(tp => new QuadPattern(null, tp)));
                if (!IsSymbol("}") && !IsWord("GRAPH")) throw Expected("'.', GRAPH or '}'");
            }
        }
    }

    private static Quad ToQuad(QuadPattern qp)
    {
        static INode Node(PatternItem item) => ((TermItem)item).Node;
        return new Quad(Node(qp.Triple.Subject), Node(qp.Triple.Predicate), Node(qp.Triple.Object),
            qp.Graph is null ? null : Node(qp.Graph));
    }

    /// <summary>DELETE WHERE: the quads as a pattern (default-graph triples as a BGP, GRAPH blocks as Graph).</summary>
    private static AlgebraNode QuadsToAlgebra(List<QuadPattern> quads)
    {
        AlgebraNode? result = null;
        var defaults = quads.Where(q => q.Graph is null).Select(q => q.Triple).ToArray();
        if (defaults.Length > 0) result = new Bgp(defaults);
        foreach (var group in quads.Where(q => q.Graph is not null).GroupBy(q => q.Graph!))
            result = JoinOrSelf(result, new Algebra.Graph(group.Key, new Bgp(group.Select(q => q.Triple).ToArray())));
        return result ?? Bgp.Empty;
    }
}
