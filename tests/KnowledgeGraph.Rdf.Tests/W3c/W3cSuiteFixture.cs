namespace KnowledgeGraph.Rdf.Tests.W3c;

/// <summary>Reads each manifest once per test class instead of once per test case.</summary>
public sealed class W3cSuiteFixture
{
    private readonly Dictionary<string, IReadOnlyList<W3cTestEntry>> _suites = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyList<W3cTestEntry> Entries(string suite)
    {
        lock (_gate)
        {
            if (!_suites.TryGetValue(suite, out var entries))
                _suites[suite] = entries = W3cManifest.Load(RepoPaths.Rdf11Suite(suite));
            return entries;
        }
    }
}
