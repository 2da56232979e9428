namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>The manifests, read once per test class rather than once per case.</summary>
public sealed class W3cSuiteFixture
{
    private readonly Lazy<IReadOnlyDictionary<string, SparqlTestCase>> _cases =
        new(() => SparqlTestManifest.LoadAll(TestPaths.SparqlSuites()).ToDictionary(c => c.Key, StringComparer.Ordinal));

    public IReadOnlyDictionary<string, SparqlTestCase> Cases => _cases.Value;
}
