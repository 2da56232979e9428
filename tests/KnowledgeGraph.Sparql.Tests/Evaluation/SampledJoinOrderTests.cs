using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Join order from sampled rows (a pattern that none of the rows so far match goes right after them) and filters moved
/// below a BIND: the plan changes, the answers must not. Expected answers are computed from the rule that made the data.
/// </summary>
public class SampledJoinOrderTests
{
    private const int N = 300;

    private const string Prefix = "PREFIX ex: <http://example.org/> ";

    // Event i: status i % 4 (s0 = took place); a label only when i % 50 == 7; a date when i is even. Persons carry labels
    // too, so the label predicate is as frequent as the status one and per-predicate counts cannot tell them apart.
    private static readonly MemoryStore Events = Build();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < N; i++)
        {
            sb.Append($"ex:e{i} a ex:Event ; ex:status ex:s{i % 4} .\n");
            if (i % 50 == 7) sb.Append($"ex:e{i} ex:label \"event {i}\" .\n");
            if (i % 2 == 0) sb.Append($"ex:e{i} ex:date \"2024-01-{i % 28 + 1:00}\" .\n");
            sb.Append($"ex:p{i} ex:label \"person {i}\" .\n");
        }
        return Store(sb.ToString());
    }

    private const string NotHeld = """
        SELECT ?e ?status WHERE {
          ?e a ex:Event ; ex:label ?l ; ex:status ?s .
          FILTER(?s != ex:s0)
          BIND(REPLACE(STR(?s), "^.*/", "") AS ?status)
        }
        """;

    [Fact]
    public void APatternTheSampledRowsNeverMatchIsJoinedSecondAndTheAnswerIsUnchanged()
    {
        var rows = Select(Events, NotHeld).Order().ToList();
        var expected = Enumerable.Range(0, N).Where(i => i % 50 == 7 && i % 4 != 0)
            .Select(i => $"e=<http://example.org/e{i}> status=\"s{i % 4}\"").Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
        var plan = new SparqlQueryProcessor(Events).Explain(Prefix + NotHeld, new SparqlQueryOptions());
        Assert.Contains("chosen on 64 sampled rows", plan);
        var order = plan.Split('\n').Where(l => l.TrimStart().StartsWith("2.")).ToList();
        Assert.Contains("<http://example.org/label>", Assert.Single(order));
    }

    [Fact]
    public void AFilterThatDoesNotReadTheBindVariableRunsInsideTheBgp()
    {
        var plan = new SparqlQueryProcessor(Events).Explain(Prefix + NotHeld, new SparqlQueryOptions());
        Assert.Contains("Filter checked inside the BGP loop", plan);
        // The BIND's own variable keeps its filter above the BIND: rows whose BIND fails stay out of it.
        var rows = Select(Events, """
            SELECT ?e WHERE { ?e ex:status ?s BIND(IF(?s = ex:s1, "one", 1/0) AS ?k) FILTER(!BOUND(?k)) }
            """);
        Assert.Equal(N - N / 4, rows.Count);
    }

    [Fact]
    public void ExistsReadingTheBindVariableFromAnInnerFilterStaysAboveTheBind()
    {
        // ?k is only read inside the EXISTS pattern's FILTER (not in scope of that pattern): below the BIND it
        // would be unbound and the FILTER an error, so every row would be dropped.
        var rows = Select(Events, """
            SELECT ?e WHERE { ?e ex:date ?d BIND(?d AS ?k) FILTER EXISTS { ?x ex:date ?y FILTER(?y = ?k && ?x = ?e) } }
            """);
        Assert.Equal(N / 2, rows.Count);
    }

    [Fact]
    public void EveryOrderGivesTheSameRowsOnThreePatternsWithDates()
    {
        var rows = Select(Events, "SELECT ?e ?d ?s WHERE { ?e a ex:Event ; ex:date ?d ; ex:status ?s FILTER(?s != ex:s2) }");
        Assert.Equal(Enumerable.Range(0, N).Count(i => i % 2 == 0 && i % 4 != 2), rows.Count);
    }

    [Fact]
    public void PatternsThatMultiplyRowsKeepTheEstimateOrder()
    {
        // Each event has five tags and two kinds; 2,000 other things have a kind, so the estimates put the tags first.
        // On the sampled events the kinds give fewer rows (2 against 5) but drop none: the estimate order is kept.
        var sb = new StringBuilder();
        for (int i = 0; i < 100; i++)
            sb.Append($"ex:e{i} a ex:Event ; ex:tag ex:t{i % 5}, ex:t{i % 5 + 5}, ex:t{i % 5 + 10}, ex:t{i % 5 + 15}, ex:t{i % 5 + 20} ; ex:kind ex:k{i % 3}, ex:k{i % 3 + 3} .\n");
        for (int i = 0; i < 2000; i++) sb.Append($"ex:x{i} ex:kind ex:k{i % 7} .\n");
        var store = Store(sb.ToString());
        const string query = "SELECT ?e ?t ?k WHERE { ?e a ex:Event ; ex:tag ?t ; ex:kind ?k }";
        var plan = new SparqlQueryProcessor(store).Explain(Prefix + query, new SparqlQueryOptions());
        Assert.DoesNotContain("sampled rows", plan);
        Assert.Contains("<http://example.org/tag>", plan.Split('\n').Single(l => l.TrimStart().StartsWith("2.")));
        Assert.Equal(1000, Select(store, query).Count);
    }
}
