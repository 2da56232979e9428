using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>Every positive and negative syntax test of the W3C SPARQL 1.0 and 1.1 suites, one xunit case each.</summary>
public class W3cSyntaxTests
{
    public static TheoryData<string, string> SyntaxTests()
    {
        var data = new TheoryData<string, string>();
        foreach (var (suite, manifest) in new[] { ("sparql10", "manifest.ttl"), ("sparql11", "manifest-all.ttl") })
        {
            var path = Path.Combine(SparqlRepoPaths.SparqlSuite(suite), manifest);
            foreach (var test in W3cSparqlManifest.Load(path).Where(t => t.IsSyntaxTest))
                data.Add(suite, test.Id);
        }
        return data;
    }

    private static readonly Lazy<Dictionary<string, W3cSparqlTest>> AllTests = new(() =>
        new[] { ("sparql10", "manifest.ttl"), ("sparql11", "manifest-all.ttl") }
            .SelectMany(s => W3cSparqlManifest.Load(Path.Combine(SparqlRepoPaths.SparqlSuite(s.Item1), s.Item2)))
            .ToDictionary(t => t.Id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SyntaxTests))]
    public void Syntax(string suite, string id)
    {
        var test = AllTests.Value[id];
        Assert.NotNull(test.QueryPath);
        var text = File.ReadAllText(test.QueryPath!);
        void Parse()
        {
            if (test.IsUpdate) SparqlParser.ParseUpdate(text, test.QueryBaseIri);
            else SparqlParser.ParseQuery(text, test.QueryBaseIri);
        }

        if (test.IsPositiveSyntaxTest)
        {
            var error = Record.Exception(Parse);
            Assert.True(error is null, $"{suite} {test.Name} ({test.QueryPath}) should parse: {error?.Message}");
        }
        else
        {
            var error = Record.Exception(Parse);
            Assert.True(error is SparqlSyntaxException, $"{suite} {test.Name} ({test.QueryPath}) should be rejected with a syntax error, got {(error is null ? "success" : error.GetType().Name + ": " + error.Message)}");
        }
    }

    [Fact]
    public void The_suites_hold_the_expected_number_of_syntax_tests()
    {
        // Guards against a manifest loader that silently drops entries (an empty theory passes).
        var count = SyntaxTests().Count();
        Assert.True(count >= 360, $"only {count} syntax tests were found");
    }
}
