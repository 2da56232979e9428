using Xunit;

namespace KnowledgeGraph.Sparql.Tests.W3c;

public class W3cSparqlManifestTests
{
    private static IReadOnlyList<W3cSparqlTest> Sparql11() =>
        W3cSparqlManifest.Load(Path.Combine(SparqlRepoPaths.SparqlSuite("sparql11"), "manifest-all.ttl"));

    [Fact]
    public void Includes_are_followed_and_entries_typed()
    {
        var tests = Sparql11();
        var types = tests.GroupBy(t => t.Type).ToDictionary(g => g.Key, g => g.Count());
        var summary = string.Join(", ", types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value));
        // Counts of the shared suite's manifests (as rapper reads them).
        Assert.True(types.GetValueOrDefault("QueryEvaluationTest") >= 300, summary);
        Assert.True(types.GetValueOrDefault("UpdateEvaluationTest") >= 90, summary);
        Assert.Equal(66, types.GetValueOrDefault("PositiveSyntaxTest11"));
        Assert.Equal(42, types.GetValueOrDefault("PositiveUpdateSyntaxTest11"));
        Assert.Equal(13, types.GetValueOrDefault("NegativeUpdateSyntaxTest11"));
        Assert.Contains("CSVResultFormatTest", types.Keys);
        Assert.Equal(tests.Count, tests.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Query_evaluation_entries_have_query_data_and_result_files()
    {
        var test = Sparql11().Single(t => t.Id.EndsWith("aggregates/manifest#agg01", StringComparison.Ordinal));
        Assert.Equal("QueryEvaluationTest", test.Type);
        Assert.True(File.Exists(test.QueryPath), test.QueryPath);
        Assert.True(File.Exists(Assert.Single(test.DataPaths)));
        Assert.EndsWith("agg01.srx", test.ResultPath);
        Assert.Equal("Approved", test.Approval);
    }

    [Fact]
    public void Update_entries_carry_named_graph_data_with_labels()
    {
        var test = Sparql11().First(t => t.Type == "UpdateEvaluationTest" && t.GraphData.Count > 0 && t.ResultGraphData.Count > 0);
        Assert.True(File.Exists(test.QueryPath));
        Assert.All(test.GraphData, g => Assert.True(File.Exists(g.Path), g.Path));
        Assert.All(test.ResultGraphData, g => Assert.StartsWith("http", g.GraphName));
    }
}
