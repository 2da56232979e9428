namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>The repository root: the first folder above the test assembly that holds KnowledgeGraph.sln.</summary>
public static class RepositoryRoot
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
            throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
        }
    }
}
