using KnowledgeGraph.Sparql.Tests.W3c;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>One evaluation test of the W3C suites, as read by the shared <see cref="W3cSparqlManifest"/>.</summary>
/// <param name="Key">Unique, short and stable: the manifest folder relative to the suites root, '#', the entry's fragment.</param>
/// <param name="Folder">The manifest folder relative to the suites root (sparql10/basic, sparql11/entailment, ...).</param>
public sealed record W3cEvaluationCase(string Key, string Folder, W3cSparqlTest Test)
{
    public bool IsUpdate => Test.Type == "UpdateEvaluationTest";

    public override string ToString() => Key;
}

/// <summary>The evaluation tests (query, update, CSV/TSV/JSON result formats) of the manifests the issue measures.</summary>
public static class W3cEvaluationCases
{
    private static readonly HashSet<string> EvaluationTypes = new(StringComparer.Ordinal)
    {
        "QueryEvaluationTest", "UpdateEvaluationTest", "CSVResultFormatTest",
    };

    /// <summary>SPARQL 1.0 evaluation, SPARQL 1.1 query, update and result formats, entailment and SERVICE (the last two skipped).</summary>
    public static IEnumerable<string> Manifests(string suitesRoot)
    {
        yield return Path.Combine(suitesRoot, "sparql10", "manifest-evaluation.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "manifest-sparql11-query.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "manifest-sparql11-update.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "manifest-sparql11-results.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "entailment", "manifest.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "service", "manifest.ttl");
    }

    public static string SuitesRoot() => Path.GetDirectoryName(SparqlRepoPaths.SparqlSuite("sparql11"))!;

    public static IReadOnlyList<W3cEvaluationCase> LoadAll()
    {
        var root = SuitesRoot();
        var result = new List<W3cEvaluationCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in Manifests(root).Where(File.Exists))
        {
            foreach (var test in W3cSparqlManifest.Load(manifest))
            {
                if (!EvaluationTypes.Contains(test.Type) || !seen.Add(test.Id)) continue;
                var folder = Path.GetRelativePath(root, Path.GetDirectoryName(test.ManifestPath)!).Replace('\\', '/');
                int hash = test.Id.IndexOf('#');
                var fragment = hash >= 0 ? test.Id[(hash + 1)..] : test.Id;
                result.Add(new W3cEvaluationCase($"{folder}#{fragment}", folder, test));
            }
        }
        return result;
    }
}
