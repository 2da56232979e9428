using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Aggregates folded in one pass: error semantics, and the counting shortcut against the general path.</summary>
public class AggregateTests
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    // Group 1: a string function meets a number (3); group 3: one member has no ?v at all.
    private static readonly MemoryStore Mixed = Store("""
        ex:a ex:g 1 ; ex:v "x" .
        ex:b ex:g 1 ; ex:v 3 .
        ex:c ex:g 1 ; ex:v "y" .
        ex:d ex:g 2 ; ex:v "z" .
        ex:e ex:g 3 .
        ex:f ex:g 3 ; ex:v "w" .
        """);

    [Fact]
    public void AnErrorForOneMemberLeavesTheAggregateUnboundForItsGroup()
    {
        // The answers Jena ARQ 4.5 gives for this query and data (arq.sparql, run by hand on the same Turtle).
        var rows = Select(Mixed, """
            SELECT ?g (COUNT(UCASE(?v)) AS ?c) (MAX(UCASE(?v)) AS ?mx) (MIN(STRLEN(?v)) AS ?mn) (SAMPLE(UCASE(?v)) AS ?sa)
                   (GROUP_CONCAT(UCASE(?v)) AS ?gc) (COUNT(?v) AS ?cv) (SUM(STRLEN(?v)) AS ?sum) (AVG(STRLEN(?v)) AS ?avg)
            WHERE { ?s ex:g ?g OPTIONAL { ?s ex:v ?v } } GROUP BY ?g ORDER BY ?g
            """);
        string I(int n) => $"\"{n}\"^^<{Xsd}integer>";
        Assert.Equal(3, rows.Count);
        // SAMPLE may pick any member whose value is not an error: group 1 has two.
        Assert.Matches($"^g={Regex(I(1))} c={Regex(I(2))} mx=- mn=- sa=\"(X|Y)\" gc=- cv={Regex(I(3))} sum=- avg=-$", rows[0]);
        Assert.Equal($"g={I(2)} c={I(1)} mx=\"Z\" mn={I(1)} sa=\"Z\" gc=\"Z\" cv={I(1)} sum={I(1)} avg=\"1.0\"^^<{Xsd}decimal>", rows[1]);
        Assert.Equal($"g={I(3)} c={I(1)} mx=- mn=- sa=\"W\" gc=- cv={I(1)} sum=- avg=-", rows[2]);
    }

    [Fact]
    public void GroupsWithoutErrorsStillAggregate()
    {
        var rows = Select(Mixed, """
            SELECT (MAX(?v) AS ?mx) (MIN(?v) AS ?mn) (COUNT(DISTINCT ?g) AS ?groups) (SUM(?g) AS ?sum)
            WHERE { ?s ex:g ?g ; ex:v ?v }
            """);
        // MIN/MAX across numbers and strings use the ORDER BY ordering (§18.5.1.5-6): the first value of each sort.
        var max = Select(Mixed, "SELECT ?v WHERE { ?s ex:g ?g ; ex:v ?v } ORDER BY DESC(?v) LIMIT 1")[0]["v=".Length..];
        var min = Select(Mixed, "SELECT ?v WHERE { ?s ex:g ?g ; ex:v ?v } ORDER BY ?v LIMIT 1")[0]["v=".Length..];
        Assert.NotEqual(max, min);
        Assert.Equal(new[] { $"mx={max} mn={min} groups=\"3\"^^<{Xsd}integer> sum=\"8\"^^<{Xsd}integer>" }, rows);
    }

    private static readonly MemoryStore Mentions = BuildMentions();

    private static MemoryStore BuildMentions()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++) sb.Append($"ex:a{i} ex:mentions ex:p{(i * 31) % 23}, ex:p{i % 7} .\n");
        // The same triple in two named graphs is one triple of the union default graph.
        sb.Append("GRAPH ex:g1 { ex:x ex:mentions ex:p0 } GRAPH ex:g2 { ex:x ex:mentions ex:p0 . ex:y ex:mentions ex:p0 }\n");
        return Store(sb.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CountingOnOnePatternAgreesWithTheGeneralPath(bool union)
    {
        var options = new SparqlQueryOptions(UnionDefaultGraph: union);
        // COUNT(DISTINCT ?a) equals COUNT(?a) here (one triple per article and person) but takes the general path.
        var fast = Select(Mentions, "SELECT ?e (COUNT(?a) AS ?n) (COUNT(*) AS ?m) WHERE { ?a ex:mentions ?e } GROUP BY ?e ORDER BY ?e", options);
        var general = Select(Mentions, "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) (COUNT(*) AS ?m) WHERE { ?a ex:mentions ?e } GROUP BY ?e ORDER BY ?e", options);
        Assert.Equal(23, fast.Count);
        Assert.Equal(general, fast);
        // The same DISTINCT count twice (SELECT and HAVING) in the same groups: each keeps its own (group, term) pairs.
        var twice = Select(Mentions, "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) (COUNT(*) AS ?m) WHERE { ?a ex:mentions ?e } GROUP BY ?e HAVING(COUNT(DISTINCT ?a) >= 1) ORDER BY ?e", options);
        Assert.Equal(fast, twice);
        var top = Select(Mentions, "SELECT ?e (COUNT(?a) AS ?n) WHERE { ?a ex:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 3", options);
        var full = Select(Mentions, "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a ex:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) ?e", options);
        Assert.Equal(full.Take(3), top);
    }

    [Fact]
    public void ATripleInTwoGraphsCountsOnceInTheUnion()
    {
        const string query = "SELECT ?e (COUNT(?a) AS ?n) WHERE { ?a ex:mentions ?e } GROUP BY ?e HAVING(?e = ex:p0)";
        static int Count(string row) => int.Parse(row.Split('"')[1]);
        int alone = Count(Select(Mentions, query)[0]);
        int union = Count(Select(Mentions, query, new SparqlQueryOptions(UnionDefaultGraph: true))[0]);
        Assert.Equal(alone + 2, union);
    }

    [Fact]
    public void MultiVariableKeysAndExpressionKeys()
    {
        var rows = Select(Mixed, "SELECT ?g ?len (COUNT(*) AS ?n) WHERE { ?s ex:g ?g ; ex:v ?v } GROUP BY ?g (STRLEN(STR(?v)) AS ?len) ORDER BY ?g");
        Assert.Equal(new[]
        {
            $"g=\"1\"^^<{Xsd}integer> len=\"1\"^^<{Xsd}integer> n=\"3\"^^<{Xsd}integer>",
            $"g=\"2\"^^<{Xsd}integer> len=\"1\"^^<{Xsd}integer> n=\"1\"^^<{Xsd}integer>",
            $"g=\"3\"^^<{Xsd}integer> len=\"1\"^^<{Xsd}integer> n=\"1\"^^<{Xsd}integer>",
        }, rows);
    }

    private static string Regex(string s) => System.Text.RegularExpressions.Regex.Escape(s);
}
