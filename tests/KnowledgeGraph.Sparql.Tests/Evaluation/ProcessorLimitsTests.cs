using System.Diagnostics;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public class ProcessorLimitsTests
{
    /// <summary>A chain of 2,000 nodes: a three-way cross product of it is far too big to finish in a test.</summary>
    private static MemoryStore Chain()
    {
        var store = new MemoryStore();
        var p = new UriNode("http://example.org/next");
        for (int i = 0; i < 2000; i++)
            store.Add(new Quad(new UriNode($"http://example.org/n{i}"), p, new UriNode($"http://example.org/n{i + 1}")));
        return store;
    }

    private const string Huge = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    [Fact]
    public void TimeoutStopsCleanlyAndSaysSoAndTheProcessorStaysUsable()
    {
        var processor = new SparqlQueryProcessor(Chain());
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<QueryLimitExceededException>(() =>
            processor.Query(Huge, new SparqlQueryOptions(Timeout: TimeSpan.FromMilliseconds(300))).Solutions.Count());
        Assert.Equal(QueryLimitKind.Timeout, e.Kind);
        Assert.Contains("timed out", e.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed}");
        var count = processor.Query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", new SparqlQueryOptions()).Solutions.Single();
        Assert.Equal("2000", ((ILiteralNode)count["n"]!).Value);
    }

    [Fact]
    public void TimeoutIsCheckedInsidePathClosuresAndSorts()
    {
        var processor = new SparqlQueryProcessor(Chain());
        Assert.Throws<QueryLimitExceededException>(() => processor.Query(
            "SELECT ?x ?y WHERE { ?x <http://example.org/next>* ?y } ORDER BY ?y", new SparqlQueryOptions(Timeout: TimeSpan.FromMilliseconds(200))).Solutions.Count());
    }

    [Fact]
    public void ResultLimitSaysWhichLimit()
    {
        var processor = new SparqlQueryProcessor(Chain());
        var e = Assert.Throws<QueryLimitExceededException>(() =>
            processor.Query("SELECT * WHERE { ?s ?p ?o }", new SparqlQueryOptions(ResultLimit: 10)).Solutions.Count());
        Assert.Equal(QueryLimitKind.ResultLimit, e.Kind);
        Assert.Contains("10", e.Message);
        Assert.Equal(10, processor.Query("SELECT * WHERE { ?s ?p ?o } LIMIT 10", new SparqlQueryOptions(ResultLimit: 10)).Solutions.Count());
        Assert.Throws<QueryLimitExceededException>(() =>
            processor.Query("CONSTRUCT WHERE { ?s ?p ?o }", new SparqlQueryOptions(ResultLimit: 5)).Triples.Count());
    }

    [Fact]
    public void CancellationStopsEvaluation()
    {
        var processor = new SparqlQueryProcessor(Chain());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => processor.Query(Huge, new SparqlQueryOptions(), cts.Token).Solutions.Count());
    }

    [Fact]
    public void SolutionsAreProducedLazily()
    {
        var processor = new SparqlQueryProcessor(Chain());
        // The full answer has 8e9 rows; taking three must not compute it.
        var first = processor.Query(Huge, new SparqlQueryOptions(Timeout: TimeSpan.FromSeconds(20))).Solutions.Take(3).ToList();
        Assert.Equal(3, first.Count);
    }

    [Fact]
    public void BadQueriesGiveClearErrors()
    {
        var processor = new SparqlQueryProcessor(Chain());
        var syntax = Assert.Throws<SparqlSyntaxException>(() => processor.Query("SELECT ?x\nWHERE { ?x ?y }", new SparqlQueryOptions()));
        Assert.Equal(2, syntax.Line);
        var prefix = Assert.Throws<SparqlSyntaxException>(() => processor.Query("SELECT * WHERE { ?x nope:p ?y }", new SparqlQueryOptions()));
        Assert.Contains("nope", prefix.Message);
        var function = Assert.Throws<SparqlException>(() => processor.Query("SELECT * WHERE { ?x ?p ?y FILTER(<http://example.org/f>(?x)) }", new SparqlQueryOptions()));
        Assert.Contains("undefined function <http://example.org/f>", function.Message);
        var aggregate = Assert.ThrowsAny<SparqlException>(() => processor.Query("SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ?p ?y }", new SparqlQueryOptions()));
        Assert.Contains("?x", aggregate.Message);
        var service = Assert.Throws<SparqlException>(() => processor.Query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?x ?p ?y } }", new SparqlQueryOptions()).Solutions.Count());
        Assert.Contains("SERVICE", service.Message);
    }
}
