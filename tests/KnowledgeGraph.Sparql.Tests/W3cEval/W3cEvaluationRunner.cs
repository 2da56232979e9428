using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

public enum TestVerdict { Pass, Fail, Skip }

public sealed record TestOutcome(TestVerdict Verdict, string Message);

/// <summary>Runs one W3C evaluation test (query, update or CSV result format) against the embedded engine.</summary>
public static class W3cEvaluationRunner
{
    public static string? SkipReason(W3cEvaluationCase c)
    {
        if (c.Folder.StartsWith("sparql11/entailment", StringComparison.Ordinal))
            return "entailment regimes (RDFS/OWL/D) are not implemented: the engine evaluates simple entailment only";
        if (c.Folder.StartsWith("sparql11/service", StringComparison.Ordinal))
            return "SERVICE needs remote endpoints; this engine does not call them";
        return null;
    }

    public static TestOutcome Run(W3cEvaluationCase c, CancellationToken cancellationToken = default)
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

    private static string? RunQuery(W3cEvaluationCase c, CancellationToken ct)
    {
        var test = c.Test;
        var store = new MemoryStore();
        int doc = 0;
        foreach (var d in test.DataPaths) LoadInto(store, d, null, ref doc);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in test.GraphData)
            if (loaded.Add(g.GraphName)) LoadInto(store, g.Path, new UriNode(g.GraphName), ref doc);

        var text = File.ReadAllText(test.QueryPath!);
        var query = SparqlParser.ParseQuery(text, FileIri(test.QueryPath!));
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
        var expectedPath = test.ResultPath ?? throw new InvalidOperationException("no expected result");
        var ext = Path.GetExtension(expectedPath).ToLowerInvariant();

        if (result.Kind == SparqlResultKind.Graph)
        {
            var actualGraph = result.Triples.Select(t => t.InGraph(null)).ToList();
            var expectedGraph = LoadQuads(expectedPath);
            return GraphIsomorphism.AreIsomorphic(expectedGraph, actualGraph) ? null
                : $"graphs differ\nexpected:\n{string.Join("\n", expectedGraph.Select(q => "  " + q))}\nactual:\n{string.Join("\n", actualGraph.Select(q => "  " + q))}";
        }

        var actual = ResultTable.From(result);
        var expected = ReadExpected(expectedPath);
        if (SparqlResultFormats.FromExtension(expectedPath) == SparqlResultFormat.Csv)
        {
            expected = expected with { Rows = expected.Rows.Select(CsvView).ToList() };
            actual = actual with { Rows = actual.Rows.Select(CsvView).ToList() };
        }
        return ResultComparer.Compare(expected, actual, OrderKeys(query));
    }

    /// <summary>
    /// SPARQL XML/JSON/CSV/TSV through the production readers; result sets written in RDF (rs: vocabulary) as
    /// Turtle or, for the sort tests, RDF/XML.
    /// </summary>
    private static ResultTable ReadExpected(string path)
    {
        if (SparqlResultFormats.FromExtension(path) is SparqlResultFormat.Json or SparqlResultFormat.Xml or SparqlResultFormat.Csv or SparqlResultFormat.Tsv)
            return ResultTable.From(SparqlResultFormats.ReadFile(path));
        if (path.EndsWith(".rdf", StringComparison.OrdinalIgnoreCase))
            return RdfResultSet.Read(RdfXmlTestReader.Read(path, FileIri(path), null));
        return RdfResultSet.Read(LoadQuads(path));
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

    private static string? RunUpdate(W3cEvaluationCase c, CancellationToken ct)
    {
        var test = c.Test;
        var store = new MemoryStore();
        int doc = 0;
        foreach (var d in test.DataPaths) LoadInto(store, d, null, ref doc);
        foreach (var g in test.GraphData) LoadInto(store, g.Path, new UriNode(g.GraphName), ref doc);

        var request = test.QueryPath!;
        var options = new SparqlQueryOptions(
            Timeout: TimeSpan.FromSeconds(20),
            BaseIri: FileIri(request),
            LoadResolver: iri => iri.StartsWith("file:", StringComparison.Ordinal) ? new Uri(iri).LocalPath : null);
        new SparqlQueryProcessor(store).Update(File.ReadAllText(request), options, ct);

        var expected = new MemoryStore();
        doc = 0;
        foreach (var d in test.ResultDataPaths) LoadInto(expected, d, null, ref doc);
        foreach (var g in test.ResultGraphData) LoadInto(expected, g.Path, new UriNode(g.GraphName), ref doc);

        var e = expected.Match(null, null, null, GraphSelector.All).ToList();
        var a = store.Match(null, null, null, GraphSelector.All).ToList();
        return GraphIsomorphism.AreIsomorphic(e, a) ? null
            : $"datasets differ\nexpected:\n{string.Join("\n", e.Select(q => "  " + q))}\nactual:\n{string.Join("\n", a.Select(q => "  " + q))}";
    }
}
