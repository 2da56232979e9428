using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// A FILTER reading a VALUES variable over VALUES joined with a pattern: each VALUES row's constants stand in the
/// FILTER, the rows keep the VALUES bindings, an UNDEF stays unbound (BOUND sees it so), several rows each find theirs.
/// </summary>
public class ValuesFilterTests
{
    private static readonly MemoryStore Articles = Build();

    // Article a{i} published on 2024-(i % 12 + 1)-10.
    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 120; i++) sb.Append($"ex:a{i} a ex:Article ; ex:date \"2024-{i % 12 + 1:00}-10\"^^xsd:date .\n");
        return Store(sb.ToString());
    }

    [Fact]
    public void EachValuesRowFiltersWithItsOwnConstant()
    {
        var rows = Select(Articles, """
            SELECT ?a ?month WHERE { VALUES ?month { "2024-03" "2024-11" } ?a a ex:Article ; ex:date ?d FILTER(STRSTARTS(STR(?d), ?month)) }
            """);
        Assert.Equal(20, rows.Count);
        Assert.Equal(10, rows.Count(r => r.EndsWith("month=\"2024-03\"")));
        Assert.Contains("a=<http://example.org/a2> month=\"2024-03\"", rows);
        Assert.Contains("a=<http://example.org/a10> month=\"2024-11\"", rows);
    }

    [Fact]
    public void UndefStaysUnbound()
    {
        var rows = Select(Articles, """
            SELECT ?a WHERE { VALUES ?month { UNDEF } ?a a ex:Article ; ex:date ?d FILTER(!BOUND(?month) || STRSTARTS(STR(?d), ?month)) }
            """);
        Assert.Equal(120, rows.Count);
    }
}
