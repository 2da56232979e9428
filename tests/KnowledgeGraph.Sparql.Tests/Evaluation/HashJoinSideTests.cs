using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Hash joins and OPTIONALs over a sub-query: keyed on the sub-query's GROUP BY variable, and the optional
/// side never built when the required side has no solution.</summary>
public class HashJoinSideTests
{
    private static MemoryStore Articles()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.Append($"ex:a{i} ex:date \"2024-0{1 + i % 9}-01\" ; ex:publisher ex:o{i % 7} . ex:o{i % 7} ex:label \"O{i % 7}\" .\n");
        return Store(sb.ToString());
    }

    private const string Query = """
        SELECT ?a ?outlet WHERE {
          ?a ex:date ?d FILTER(STRSTARTS(?d, "MONTH"))
          OPTIONAL { { SELECT ?a (MIN(?l) AS ?outlet) WHERE { ?a ex:publisher/ex:label ?l } GROUP BY ?a } }
        }
        """;

    [Fact]
    public void NoRequiredSolutionNoOptionalSide()
    {
        // The optional side holds 300 groups: over a budget of 100 rows it would stop the query.
        var tight = new SparqlQueryOptions(RowBudget: 100);
        Assert.Empty(Select(Articles(), Query.Replace("MONTH", "2030-01"), tight));
        Assert.Throws<QueryLimitExceededException>(() => Select(Articles(), Query.Replace("MONTH", "2024-03"), tight));
    }

    [Fact]
    public void SubQueryGroupKeyIsTheHashKey()
    {
        var store = Articles();
        var rows = Select(store, Query.Replace("MONTH", "2024-03"));
        Assert.Equal(34, rows.Count);
        Assert.All(rows, r => Assert.Matches("outlet=\"O[0-6]\"", r));
        var plan = new SparqlQueryProcessor(store).Explain("PREFIX ex: <http://example.org/>\n" + Query.Replace("MONTH", "2024-03"), new SparqlQueryOptions());
        Assert.Contains("hash join on ?a", plan);
    }
}
