using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// The shape of the library's first-reports query (a grouped sub-select joined back to the claims, a FILTER comparing
/// with the group's minimum, an OPTIONAL grouped sub-select, a one-row <c>VALUES ?who { UNDEF }</c> for the parameter,
/// ORDER BY): its rows are the ones the data fixes, and neither the VALUES row (the join's identity) nor ORDER BY changes
/// them. Virtuoso 7.2 drops rows on this shape in both ways (bench/results/sparql-virtuoso.md); Jena agrees with kg.
/// </summary>
public class FirstReportsShapeTests
{
    private const int Claims = 60, ArticleCount = 40, Outlets = 5;

    // Claim c{i} appears in (i % 4) + 1 articles a{(i * 7 + k * 11) % 40}; article a{j} is dated 2024-(j % 12 + 1)-(j % 3 + 1)
    // and published by outlet o{j % 5}, labelled "Outlet {j % 5}"@fr; every claim's speaker is labelled.
    private static (int Article, string Date)[] Appearances(int claim) =>
        Enumerable.Range(0, claim % 4 + 1).Select(k => (claim * 7 + k * 11) % ArticleCount).Distinct()
            .Select(j => (j, $"2024-{j % 12 + 1:00}-{j % 3 + 1:00}")).ToArray();

    private static readonly MemoryStore Data = Build();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int j = 0; j < ArticleCount; j++)
            sb.Append($"ex:a{j} ex:date \"2024-{j % 12 + 1:00}-{j % 3 + 1:00}\"^^xsd:date ; ex:id \"a{j}\" ; ex:publisher ex:o{j % Outlets} .\n");
        for (int o = 0; o < Outlets; o++) sb.Append($"ex:o{o} rdfs:label \"Outlet {o}\"@fr .\n");
        for (int i = 0; i < Claims; i++)
        {
            sb.Append($"ex:c{i} a ex:Claim ; ex:text \"claim {i}\"@fr ; ex:author ex:p{i % 9} .\n");
            foreach (var (article, _) in Appearances(i)) sb.Append($"ex:c{i} ex:appearance ex:a{article} .\n");
        }
        for (int p = 0; p < 9; p++) sb.Append($"ex:p{p} rdfs:label \"Person {p}\"@fr .\n");
        return Store(sb.ToString());
    }

    private const string Body = """
        { SELECT ?c (COUNT(DISTINCT ?x) AS ?reports) (MIN(STR(?d)) AS ?published) WHERE {
            ?c a ex:Claim ; ex:appearance ?x . OPTIONAL { ?x ex:date ?d }
          } GROUP BY ?c HAVING (COUNT(DISTINCT ?x) > 1) }
        ?c ex:text ?claim ; ex:author ?s ; ex:appearance ?a .
        ?s rdfs:label ?speaker .
        ?a ex:date ?pd ; ex:id ?first .
        FILTER(STR(?pd) = ?published)
        OPTIONAL { { SELECT ?a (MIN(STR(?l)) AS ?outlet) WHERE { ?a ex:publisher/rdfs:label ?l } GROUP BY ?a } }
        """;

    private const string Projection = "SELECT ?speaker ?claim ?reports ?first ?published ?outlet";

    /// <summary>The rows the data fixes, computed from the generator: each claim in two or more articles, once per article dated the claim's earliest date.</summary>
    private static List<string> Expected()
    {
        var rows = new List<string>();
        for (int i = 0; i < Claims; i++)
        {
            var appearances = Appearances(i);
            if (appearances.Length < 2) continue;
            var earliest = appearances.Min(a => a.Date)!;
            foreach (var (article, date) in appearances.Where(a => a.Date == earliest))
                rows.Add($"speaker=\"Person {i % 9}\"@fr claim=\"claim {i}\"@fr reports=\"{appearances.Length}\"^^<http://www.w3.org/2001/XMLSchema#integer> " +
                         $"first=\"a{article}\" published=\"{date}\" outlet=\"Outlet {article % Outlets}\"");
        }
        return rows.Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void RowsAreTheOnesTheDataFixes()
    {
        var expected = Expected();
        Assert.True(expected.Count > 20, "the data must give the query rows to compare");
        var rows = Select(Data, $"{Projection} WHERE {{ {Body} }}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void UndefValuesRowAndOrderByLeaveTheRowsUnchanged()
    {
        var plain = Select(Data, $"{Projection} WHERE {{ {Body} }}").Order(StringComparer.Ordinal).ToList();
        var withValues = Select(Data, $"{Projection} WHERE {{ VALUES ?who {{ UNDEF }} {Body} FILTER(!BOUND(?who) || ?who = \"x\") }}");
        var ordered = Select(Data, $"{Projection} WHERE {{ VALUES ?who {{ UNDEF }} {Body} FILTER(!BOUND(?who) || ?who = \"x\") }} ORDER BY ?speaker ?claim ?first");

        Assert.Equal(plain, withValues.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(plain, ordered.Order(StringComparer.Ordinal).ToList());
        // ORDER BY sorts: speakers ascending, then claims, then the first article.
        Assert.Equal(ordered, ordered.OrderBy(r => r[..r.IndexOf(" reports=", StringComparison.Ordinal)], StringComparer.Ordinal).ThenBy(r => r[r.IndexOf(" first=", StringComparison.Ordinal)..], StringComparer.Ordinal).ToList());
    }
}
