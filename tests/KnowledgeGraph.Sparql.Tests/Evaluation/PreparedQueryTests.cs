using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Queries kept prepared by their text: the same text answers the same, also after the data changed and when run
/// concurrently; the base IRI is part of the key; the cache stays bounded.
/// </summary>
public class PreparedQueryTests
{
    private static readonly string Data = string.Concat(Enumerable.Range(0, 40).Select(i =>
        $"ex:p{i} a ex:Person ; rdfs:label \"p{i}\" .\n" + (i % 3 == 0 ? $"ex:p{i} ex:holds ex:post{i} .\n" : "")));

    private const string Query = """
        PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?l WHERE { ?p a ex:Person ; rdfs:label ?l OPTIONAL { ?p ex:holds ?x } FILTER(!BOUND(?x)) FILTER NOT EXISTS { ?p ex:boss ?b } }
        """;

    private static List<string> Labels(SparqlQueryProcessor processor, string query, SparqlQueryOptions? options = null) =>
        processor.Query(query, options ?? new SparqlQueryOptions()).Solutions.Select(s => ((ILiteralNode)s["l"]!).Value).Order().ToList();

    [Fact]
    public void TheSameTextAnswersTheSameAgainAndAfterAnUpdate()
    {
        var store = Store(Data);
        var processor = new SparqlQueryProcessor(store);
        var expected = Enumerable.Range(0, 40).Where(i => i % 3 != 0).Select(i => "p" + i).Order().ToList();
        Assert.Equal(expected, Labels(processor, Query));
        Assert.Equal(expected, Labels(processor, Query));
        Assert.Equal(1, processor.PreparedQueryCount);
        processor.Update("PREFIX ex: <http://example.org/> INSERT DATA { ex:p1 ex:holds ex:post1 . ex:p2 ex:boss ex:p0 }", new SparqlQueryOptions());
        Assert.Equal(expected.Where(l => l is not ("p1" or "p2")).ToList(), Labels(processor, Query));
    }

    [Fact]
    public void ConcurrentRunsOfOnePreparedQueryAgree()
    {
        var processor = new SparqlQueryProcessor(Store(Data));
        var expected = Labels(processor, Query);
        var answers = Enumerable.Range(0, 16).AsParallel().Select(_ => Labels(processor, Query)).ToList();
        Assert.All(answers, a => Assert.Equal(expected, a));
    }

    [Fact]
    public void TheBaseIriIsPartOfTheKey()
    {
        var processor = new SparqlQueryProcessor(Store("ex:a ex:p <http://one.example/x> . ex:a ex:p <http://two.example/x> ."));
        const string query = "SELECT ?s WHERE { ?s <http://example.org/p> <x> }";
        Assert.Single(processor.Query(query, new SparqlQueryOptions(BaseIri: "http://one.example/")).Solutions);
        var two = processor.Query(query, new SparqlQueryOptions(BaseIri: "http://three.example/")).Solutions;
        Assert.Empty(two);
        Assert.Equal(2, processor.PreparedQueryCount);
    }

    [Fact]
    public void TheCacheStaysBoundedAndBadQueriesAreNotKept()
    {
        var processor = new SparqlQueryProcessor(Store(Data));
        for (int i = 0; i < PreparedQueries.MaxEntries + 10; i++)
            processor.Query($"ASK {{ <http://example.org/p{i}> ?p ?o }}", new SparqlQueryOptions());
        Assert.InRange(processor.PreparedQueryCount, 1, PreparedQueries.MaxEntries);
        int count = processor.PreparedQueryCount;
        Assert.ThrowsAny<SparqlException>(() => processor.Query("SELECT ?x WHERE { ?x", new SparqlQueryOptions()));
        Assert.ThrowsAny<SparqlException>(() => processor.Query("SELECT ?x WHERE { ?x", new SparqlQueryOptions()));
        Assert.Equal(count, processor.PreparedQueryCount);
    }
}
