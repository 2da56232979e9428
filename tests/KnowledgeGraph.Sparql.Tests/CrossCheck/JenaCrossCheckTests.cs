using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Tests.W3cEval;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.CrossCheck;

/// <summary>
/// The example queries of queries/ (joins, OPTIONAL, aggregates, sub-queries, paths, NOT EXISTS, dates, accented
/// strings) answered by this engine and by Jena ARQ on the same data: answers must be the same (as multisets, in
/// order where the query sorts on plain variables, numbers by value).
/// </summary>
public class JenaCrossCheckTests(JenaRun jena) : IClassFixture<JenaRun>
{
    public static IEnumerable<object[]> Queries() =>
        JenaRun.QueryFiles(TestPaths.RepoRoot()).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Fact]
    public void AtLeastTenQueriesAreCrossChecked() => Assert.True(Queries().Count() >= 10);

    [Theory]
    [MemberData(nameof(Queries))]
    public void SameAnswerAsJena(string name)
    {
        var queryPath = Path.Combine(jena.RepoRoot, "queries", name + ".rq");
        var expected = ExpectedResults.ReadSrj(Path.Combine(jena.Outputs, name + ".srj"));

        var store = new MemoryStore();
        RdfLoader.LoadFile(store, jena.DataPath);
        var text = File.ReadAllText(queryPath);
        var query = SparqlParser.ParseQuery(text);
        var result = new SparqlQueryProcessor(store).Execute(query, new SparqlQueryOptions(Timeout: TimeSpan.FromSeconds(60)));
        var actual = result.Kind == SparqlResultKind.Boolean
            ? new ResultTable([], [], result.Boolean)
            : new ResultTable(result.Variables, result.Solutions.Select(s => (IReadOnlyDictionary<string, INode>)s.Bindings).ToList(), null);

        Assert.True(expected.Boolean is not null || expected.Rows.Count > 0, $"{name}: Jena found no answer, so the comparison would prove little");
        var difference = ResultComparer.Compare(expected, actual, W3cEvaluationRunner.OrderKeys(query));
        Assert.True(difference is null, $"{name}: {difference}");
    }
}
