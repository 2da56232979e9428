namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) and the shared W3C suites beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            $"KnowledgeGraph.sln not found in any folder above {AppContext.BaseDirectory}");
    }

    /// <summary>The SPARQL suites: ../shared/w3c/sparql beside the repository or beside one of its ancestors (worktrees sit deeper).</summary>
    public static string SparqlSuites()
    {
        for (var dir = new DirectoryInfo(RepoRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "w3c", "sparql");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new InvalidOperationException($"the shared W3C SPARQL suites (../shared/w3c/sparql) were not found beside {RepoRoot()} or its parents");
    }
}
