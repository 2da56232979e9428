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
        JenaRun.QueryFiles(SparqlRepoPaths.RepoRoot()).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Fact]
    public void AtLeastTenQueriesAreCrossChecked() => Assert.True(Queries().Count() >= 10);

    /// <summary>Significant digits to which xsd:decimal answers must agree: the precision of decimal division (AVG) is implementation-defined.</summary>
    private const int DecimalDigits = 18;

    /// <summary>How many queries must find rows on external data (on the fixture, every one must).</summary>
    private const int MinimumQueriesWithRows = 8;

    [Fact]
    public void MostQueriesFindRows()
    {
        var withRows = Queries().Select(q => (string)q[0])
            .Count(name => ResultTable.From(SparqlResultFormats.ReadFile(Path.Combine(jena.Outputs, name + ".srj"))) is var t && (t.Boolean is not null || t.Rows.Count > 0));
        Assert.True(withRows >= MinimumQueriesWithRows, $"only {withRows} queries found rows in {jena.DataPath}: the cross-check would prove little");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void SameAnswerAsJena(string name)
    {
        var queryPath = Path.Combine(jena.RepoRoot, "queries", name + ".rq");
        var expected = ResultTable.From(SparqlResultFormats.ReadFile(Path.Combine(jena.Outputs, name + ".srj")));

        var store = new MemoryStore();
        RdfLoader.LoadFile(store, jena.DataPath);
        var text = File.ReadAllText(queryPath);
        var query = SparqlParser.ParseQuery(text);
        var result = new SparqlQueryProcessor(store).Execute(query, new SparqlQueryOptions(Timeout: TimeSpan.FromSeconds(60)));
        var actual = ResultTable.From(result);

        // An empty answer is accepted when both engines agree on it, and MostQueriesFindRows guards against a
        // cross-check that proves nothing.
        // The library's parameter defaults name people and claims of the seeds, so on the fixture such a query may also
        // rightly find nothing; MostQueriesFindRows still requires most of them to answer.
        var difference = ResultComparer.Compare(expected, actual, W3cEvaluationRunner.OrderKeys(query), DecimalDigits);
        Assert.True(difference is null, $"{name}: {difference}");
    }
}
