namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>The manifests, read once per test class rather than once per case.</summary>
public sealed class W3cSuiteFixture
{
    private readonly Lazy<IReadOnlyDictionary<string, W3cEvaluationCase>> _cases =
        new(() => W3cEvaluationCases.LoadAll().ToDictionary(c => c.Key, StringComparer.Ordinal));

    public IReadOnlyDictionary<string, W3cEvaluationCase> Cases => _cases.Value;
}
