namespace KnowledgeGraph.Sparql.Tests;

/// <summary>Finds the repository root and the shared W3C suites beside it.</summary>
internal static class SparqlRepoPaths
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException(
            $"KnowledgeGraph.sln not found in any folder above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// The shared folder (seeds, w3c suites): ../shared beside the repository, or beside one of its
    /// ancestors (a git worktree sits one level deeper than the main checkout).
    /// </summary>
    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(RepoRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "w3c"))) return Path.GetFullPath(candidate);
        }
        throw new InvalidOperationException($"the shared W3C test suites (../shared/w3c) were not found beside {RepoRoot()} or its parents");
    }

    /// <summary>The W3C SPARQL suite folder: sparql10 or sparql11.</summary>
    public static string SparqlSuite(string version) => Path.Combine(SharedFolder(), "w3c", "sparql", version);
}
