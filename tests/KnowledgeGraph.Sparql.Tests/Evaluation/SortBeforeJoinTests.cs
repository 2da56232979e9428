using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// ORDER BY … LIMIT over a join with the sort keys on the left rows (groups sorted before their names are joined) gives
/// the first rows of the full sort, in the same order: with ties on the count, speakers without a name (dropped by the
/// join) and speakers with two names (two rows each).
/// </summary>
public class SortBeforeJoinTests
{
    private static readonly MemoryStore Claims = Build();

    // Speaker s{i} has i % 6 + 1 claims; s{i} has no label when i % 4 == 1 and two labels when i % 4 == 2.
    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            for (int c = 0; c <= i % 6; c++) sb.Append($"ex:c{i}_{c} a ex:Claim ; ex:author ex:s{i} .\n");
            if (i % 4 != 1) sb.Append($"ex:s{i} rdfs:label \"S{i}\" .\n");
            if (i % 4 == 2) sb.Append($"ex:s{i} rdfs:label \"T{i}\" .\n");
        }
        return Store(sb.ToString());
    }

    [Theory]
    [InlineData("ORDER BY DESC(?n) ?speaker", 7)]
    [InlineData("ORDER BY DESC(?n)", 9)]
    [InlineData("ORDER BY ?n DESC(?speaker)", 12)]
    [InlineData("ORDER BY DESC(?speaker)", 3)] // s9, s5 (no name), s4: the first three left rows give two rows
    [InlineData("ORDER BY ?n", 100)]
    public void TopRowsAreThoseOfTheFullSort(string order, int limit)
    {
        const string Query = "SELECT ?speaker ?name ?n WHERE { { SELECT ?speaker (COUNT(?c) AS ?n) WHERE { ?c a ex:Claim ; ex:author ?speaker } GROUP BY ?speaker } ?speaker rdfs:label ?name } ";
        var all = Select(Claims, Query + order);
        var top = Select(Claims, Query + order + $" LIMIT {limit}");
        Assert.Equal(all.Take(limit), top);
        Assert.Equal(Math.Min(limit, all.Count), top.Count);
        Assert.Equal(40 - 10 + 10, all.Count); // 10 speakers without a name, 10 with two
        var plan = new SparqlQueryProcessor(Claims).Explain("PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + Query + order + " LIMIT 3", new SparqlQueryOptions());
        Assert.Contains("sorted before the join", plan);
    }
}
