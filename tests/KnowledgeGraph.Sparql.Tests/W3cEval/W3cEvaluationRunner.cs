using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

public enum TestVerdict { Pass, Fail, Skip }

public sealed record TestOutcome(TestVerdict Verdict, string Message);

/// <summary>Runs one W3C evaluation test (query, update or CSV result format) against the embedded engine.</summary>
public static class W3cEvaluationRunner
{
    public static string? SkipReason(SparqlTestCase c)
    {
        if (c.Manifest.StartsWith("sparql11/entailment", StringComparison.Ordinal))
            return "entailment regimes (RDFS/OWL/D) are not implemented: the engine evaluates simple entailment only";
        if (c.Manifest.StartsWith("sparql11/service", StringComparison.Ordinal))
            return "SERVICE needs remote endpoints; this engine does not call them";
        return null;
    }

    public static TestOutcome Run(SparqlTestCase c, CancellationToken cancellationToken = default)
    {
        if (SkipReason(c) is { } reason) return new TestOutcome(TestVerdict.Skip, reason);
        try
        {
            var message = c.IsUpdate ? RunUpdate(c, cancellationToken) : RunQuery(c, cancellationToken);
            return message is null ? new TestOutcome(TestVerdict.Pass, "") : new TestOutcome(TestVerdict.Fail, message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new TestOutcome(TestVerdict.Fail, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string FileIri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static void LoadInto(MemoryStore store, string path, INode? graph, ref int doc)
    {
        if (path.EndsWith(".rdf", StringComparison.OrdinalIgnoreCase))
        {
            store.AddRange(RdfXmlTestReader.Read(path, FileIri(path), graph));
            return;
        }
        RdfLoader.LoadFile(store, path, documentIndex: ++doc, intoGraph: graph);
    }

    private static string? RunQuery(SparqlTestCase c, CancellationToken ct)
    {
        var store = new MemoryStore();
        int doc = 0;
        foreach (var d in c.Data) LoadInto(store, d, null, ref doc);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in c.GraphData)
            if (loaded.Add(g.GraphIri)) LoadInto(store, g.Path, new UriNode(g.GraphIri), ref doc);

        var text = File.ReadAllText(c.QueryPath!);
        var query = SparqlParser.ParseQuery(text, FileIri(c.QueryPath!));
        if (query.Dataset is { } ds)
        {
            // FROM / FROM NAMED name local files: load each into the graph of that name, as a dataset-aware service would.
            foreach (var iri in ds.DefaultGraphs.Concat(ds.NamedGraphs))
            {
                if (!loaded.Add(iri) || !iri.StartsWith("file:", StringComparison.Ordinal)) continue;
                var path = new Uri(iri).LocalPath;
                if (File.Exists(path)) LoadInto(store, path, new UriNode(iri), ref doc);
            }
        }
        var processor = new SparqlQueryProcessor(store);
        var result = processor.Execute(query, new SparqlQueryOptions(Timeout: TimeSpan.FromSeconds(20)), ct);
        var expectedPath = c.ResultPath ?? throw new InvalidOperationException("no expected result");
        var ext = Path.GetExtension(expectedPath).ToLowerInvariant();

        if (result.Kind == SparqlResultKind.Graph)
        {
            var actualGraph = result.Triples.Select(t => t.InGraph(null)).ToList();
            var expectedGraph = LoadQuads(expectedPath);
            return GraphIsomorphism.AreIsomorphic(expectedGraph, actualGraph) ? null
                : $"graphs differ\nexpected:\n{string.Join("\n", expectedGraph.Select(q => "  " + q))}\nactual:\n{string.Join("\n", actualGraph.Select(q => "  " + q))}";
        }

        ResultTable actual = result.Kind == SparqlResultKind.Boolean
            ? new ResultTable([], [], result.Boolean)
            : new ResultTable(result.Variables, result.Solutions.Select(s => (IReadOnlyDictionary<string, INode>)s.Bindings).ToList(), null);
        ResultTable expected;
        switch (ext)
        {
            case ".srx": expected = ExpectedResults.ReadSrx(expectedPath); break;
            case ".srj": expected = ExpectedResults.ReadSrj(expectedPath); break;
            case ".tsv": expected = ExpectedResults.ReadTsv(expectedPath); break;
            case ".csv":
                expected = ExpectedResults.ReadCsv(expectedPath);
                expected = expected with { Rows = expected.Rows.Select(CsvView).ToList() };
                actual = actual with { Rows = actual.Rows.Select(CsvView).ToList() };
                break;
            case ".rdf": expected = ExpectedResults.ReadRdfXmlResultSet(expectedPath); break;
            default: expected = ExpectedResults.FromRdf(LoadQuads(expectedPath)); break;
        }
        return ResultComparer.Compare(expected, actual, OrderKeys(query));
    }

    /// <summary>What a CSV file keeps of a row: IRIs and literals as plain strings, blank nodes as _:labels.</summary>
    /// <remarks>Blank node labels in CSV are arbitrary, so every one is read as the same "_:" value.</remarks>
    private static IReadOnlyDictionary<string, INode> CsvView(IReadOnlyDictionary<string, INode> row) =>
        row.ToDictionary(kv => kv.Key, kv => kv.Value switch
        {
            IUriNode u => (INode)new LiteralNode(u.Iri),
            ILiteralNode l when l.Value.StartsWith("_:", StringComparison.Ordinal) => new LiteralNode("_:"),
            ILiteralNode l => new LiteralNode(l.Value),
            _ => new LiteralNode("_:"),
        });

    /// <summary>The variables a query's top-level ORDER BY sorts on, when they are plain variables; null when unordered.</summary>
    public static IReadOnlyList<string>? OrderKeys(Query query)
    {
        var node = query.Algebra;
        while (true)
        {
            switch (node)
            {
                case Slice s: node = s.Inner; continue;
                case Project p: node = p.Inner; continue;
                case Distinct d: node = d.Inner; continue;
                case Reduced r: node = r.Inner; continue;
                case Extend e: node = e.Inner; continue;
                case OrderBy o:
                    var keys = new List<string>();
                    foreach (var cond in o.Conditions)
                    {
                        if (cond.Expression is VariableExpression v) keys.Add(v.Name);
                        else break; // later keys only order within ties of an expression we do not recompute
                    }
                    return keys;
                default: return null;
            }
        }
    }

    private static List<Quad> LoadQuads(string path)
    {
        var store = new MemoryStore();
        RdfLoader.LoadFile(store, path);
        return store.Match(null, null, null, GraphSelector.All).ToList();
    }

    private static string? RunUpdate(SparqlTestCase c, CancellationToken ct)
    {
        var store = new MemoryStore();
        int doc = 0;
        foreach (var d in c.UpdateBefore!.DefaultGraph) LoadInto(store, d, null, ref doc);
        foreach (var g in c.UpdateBefore.NamedGraphs) LoadInto(store, g.Path, new UriNode(g.GraphIri), ref doc);

        var request = c.RequestPath!;
        var options = new SparqlQueryOptions(
            Timeout: TimeSpan.FromSeconds(20),
            BaseIri: FileIri(request),
            LoadResolver: iri => iri.StartsWith("file:", StringComparison.Ordinal) ? new Uri(iri).LocalPath : null);
        new SparqlQueryProcessor(store).Update(File.ReadAllText(request), options, ct);

        var expected = new MemoryStore();
        doc = 0;
        foreach (var d in c.UpdateAfter!.DefaultGraph) LoadInto(expected, d, null, ref doc);
        foreach (var g in c.UpdateAfter.NamedGraphs) LoadInto(expected, g.Path, new UriNode(g.GraphIri), ref doc);

        var e = expected.Match(null, null, null, GraphSelector.All).ToList();
        var a = store.Match(null, null, null, GraphSelector.All).ToList();
        return GraphIsomorphism.AreIsomorphic(e, a) ? null
            : $"datasets differ\nexpected:\n{string.Join("\n", e.Select(q => "  " + q))}\nactual:\n{string.Join("\n", a.Select(q => "  " + q))}";
    }
}
