using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// kg build writes graph.kgstore beside its dumps; kg query on the build folder loads it, and every library query
/// prints exactly what it prints when the same dump is parsed as text (no binary beside it).
/// </summary>
public sealed class BinaryStoreQueryTests(SeedGraphFixture seeds) : IClassFixture<SeedGraphFixture>, IDisposable
{
    private readonly string _textOnly = BuildTestSupport.NewTempDir("query-text-only");

    public void Dispose()
    {
        try { Directory.Delete(_textOnly, recursive: true); } catch (IOException) { }
    }

    private static string Run(string data, string name)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var request = new QueryRequest([data], null, name, [], false, Path.Combine(BuildTestSupport.RepoRoot, "queries"), "json");
        int exit = QueryCommand.Run(request, stdout, stderr, CancellationToken.None);
        Assert.True(exit == ExitCodes.Ok, $"{name}: exit {exit}: {stderr}");
        Assert.Equal("", stderr.ToString());
        return stdout.ToString();
    }

    [Fact]
    public void The_build_writes_a_binary_store_that_loads_as_the_dump_does()
    {
        Assert.True(seeds.Exit is ExitCodes.Ok, seeds.Stderr);
        var current = RdfLoader.CurrentBuildFolder(seeds.Output)!;
        var binary = Path.Combine(current, BinaryStore.FileName);
        Assert.True(File.Exists(binary));
        Assert.Contains("\"graph.kgstore\"", File.ReadAllText(Path.Combine(seeds.Output, "build.json")));

        var fromBinary = new MemoryStore();
        Assert.True(BinaryStore.TryLoad(fromBinary, binary, BinaryStoreSource.Of(Path.Combine(current, "graph.ttl"))).Loaded);
        var copy = Path.Combine(_textOnly, "graph.ttl");
        File.Copy(Path.Combine(current, "graph.ttl"), copy);
        var fromText = new MemoryStore();
        var warnings = new List<string>();
        RdfLoader.LoadPaths(fromText, [copy], warn: warnings.Add);
        Assert.Empty(warnings);
        Assert.Equal(fromText.Count, fromBinary.Count);
        Assert.Equal(fromText.Terms.Count, fromBinary.Terms.Count);
        for (int i = 1; i <= fromText.Terms.Count; i++) Assert.Equal(fromText.Terms[i], fromBinary.Terms[i]);
        Assert.Equal(fromText.MatchEncoded(-1, -1, -1, -1), fromBinary.MatchEncoded(-1, -1, -1, -1));

        // every library query: the same bytes out, binary or text
        foreach (var name in QueryLibrary.List(Path.Combine(BuildTestSupport.RepoRoot, "queries"), ".rq").Select(e => e.Name))
            Assert.Equal(Run(copy, name), Run(seeds.Output, name));
    }
}
