using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Range FILTERs answered from the value index give exactly the rows of a full scan, whatever the literals.</summary>
public class ValueIndexTests
{
    private static readonly MemoryStore Data = Build();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            var day = new DateTime(2021, 1, 1).AddDays(i);
            sb.Append($"ex:e{i} ex:on \"{day:yyyy-MM-dd}\"^^xsd:date ; ex:n {i - 200} ; ex:x {(i % 9) * 1.5}e0 ; ex:kind ex:k{i % 4} .\n");
        }
        // Near the bounds: dates with timezones (comparable or indeterminate), a dateTime, ill-typed and non-date objects.
        sb.Append("""
            ex:t1 ex:on "2021-03-01Z"^^xsd:date ; ex:kind ex:k0 .
            ex:t2 ex:on "2021-02-28+13:00"^^xsd:date ; ex:kind ex:k0 .
            ex:t3 ex:on "2021-03-31-10:00"^^xsd:date ; ex:kind ex:k0 .
            ex:t4 ex:on "2021-03-10T00:00:00"^^xsd:dateTime ; ex:kind ex:k0 .
            ex:t5 ex:on "2021-03-xx"^^xsd:date ; ex:kind ex:k0 .
            ex:t6 ex:on "2021-03-10" ; ex:kind ex:k0 .
            ex:t7 ex:on ex:someday ; ex:kind ex:k0 .
            ex:t8 ex:n "12"^^xsd:decimal ; ex:n "NaN"^^xsd:double ; ex:n "1e1"^^xsd:double ; ex:kind ex:k0 .
            """);
        return Store(sb.ToString());
    }

    [Theory]
    [InlineData("?v >= \"2021-03-01\"^^xsd:date && ?v < \"2021-04-01\"^^xsd:date", "!(?v < \"2021-03-01\"^^xsd:date) && !(?v >= \"2021-04-01\"^^xsd:date)", "ex:on")]
    [InlineData("\"2021-03-01Z\"^^xsd:date <= ?v && ?v <= \"2021-03-05Z\"^^xsd:date", "!(\"2021-03-01Z\"^^xsd:date > ?v) && !(?v > \"2021-03-05Z\"^^xsd:date)", "ex:on")]
    [InlineData("?v > \"2021-03-09T12:00:00\"^^xsd:dateTime", "!(?v <= \"2021-03-09T12:00:00\"^^xsd:dateTime)", "ex:on")]
    [InlineData("?v >= 10 && ?v < 12.5", "!(?v < 10) && !(?v >= 12.5)", "ex:n")]
    [InlineData("?v < -190", "!(?v >= -190)", "ex:n")]
    [InlineData("?v > 1.4e0 && ?v <= 3", "!(?v <= 1.4e0) && !(?v > 3)", "ex:x")]
    public void SameRowsAsAFullScan(string range, string scanned, string predicate)
    {
        foreach (var shape in new[] { "?s {0} ?v", "?s {0} ?v ; ex:kind ?k" })
        {
            var pattern = string.Format(shape, predicate);
            var indexed = Select(Data, $"SELECT * WHERE {{ {pattern} FILTER({range}) }} ORDER BY ?s ?v");
            var full = Select(Data, $"SELECT * WHERE {{ {pattern} FILTER({scanned}) }} ORDER BY ?s ?v");
            Assert.NotEmpty(full);
            Assert.Equal(full, indexed);
        }
    }

    [Fact]
    public void ExplainShowsTheRangeScanAndTheOtherStrategies()
    {
        var processor = new SparqlQueryProcessor(Data);
        const string p = "PREFIX ex: <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
        var range = processor.Explain(p + "SELECT * WHERE { ?s ex:kind ?k ; ex:on ?v FILTER(?v >= \"2021-03-01\"^^xsd:date && ?v < \"2021-03-08\"^^xsd:date) }", new SparqlQueryOptions());
        Assert.Contains("range scan first: ?s <http://example.org/on> ?v", range);
        // The range pattern leads the join order, the other pattern follows as a bound lookup.
        Assert.Matches(@"1\. \?s <http://example.org/on> \?v[^\n]*\n\s*2\. \?s <http://example.org/kind> \?k", range);
        var top = processor.Explain(p + "SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s ex:kind ?k } GROUP BY ?k ORDER BY DESC(?n) LIMIT 2", new SparqlQueryOptions());
        Assert.Contains("counted straight off the index", top);
        Assert.Contains("top-2 in a bounded heap", top);
        var optional = processor.Explain(p + "SELECT * WHERE { ?s ex:kind ex:k1 OPTIONAL { ?s ex:n ?n FILTER(?n > 0) } }", new SparqlQueryOptions());
        Assert.Contains("checked inside the optional BGP's loop", optional);
    }
}
