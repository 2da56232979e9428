using Xunit;
using System.Diagnostics;
using System.Net.Sockets;

namespace KnowledgeGraph.Cli.Tests.Neo4j;

/// <summary>
/// Runs the built kg program as a child process (the commands write to the real console, which tests in
/// one process must not share), against the Neo4j of <see cref="Neo4jCliServerFixture"/>.
/// </summary>
internal static class Neo4jCliSupport
{
    public static string RepoRoot
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "KnowledgeGraph.sln"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>The graph the Neo4j end-to-end tests load; swap for the real `kg build seeds` output when it lands.</summary>
    public static string NewsGraph => Path.Combine(RepoRoot, "tests", "KnowledgeGraph.Neo4j.Tests", "Fixtures", "news-graph.nq");

    public static string QueriesFolder => Path.Combine(RepoRoot, "queries");

    public static async Task<(int Exit, string Stdout, string Stderr)> KgAsync(params string[] args)
    {
        var kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(kg);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }
}

/// <summary>
/// The real Neo4j: KG_NEO4J_URI when set and reachable, else started with scripts/neo4j.sh (and stopped after).
/// Holds the per-server lock (Neo4jTestLock) that the other Neo4j suites and the benchmark take, since all wipe the database.
/// </summary>
public sealed class Neo4jCliServerFixture : IAsyncLifetime
{
    private bool _startedHere;
    private FileStream? _lock;

    public string Uri { get; private set; } = "bolt://127.0.0.1:7687";

    /// <summary>Exit code and stderr of wiping the database and loading the news graph (in batches of 5).</summary>
    public int LoadExit { get; private set; } = -1;

    public string LoadError { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("KG_NEO4J_URI") is { Length: > 0 } configured) Uri = configured;
        _lock = await KnowledgeGraph.Neo4j.Loading.Neo4jTestLock.AcquireAsync(KnowledgeGraph.Neo4j.Bolt.BoltEndpoint.Parse(Uri));
        if (!await ReachableAsync()) await StartAsync();
        var wipe = await Neo4jCliSupport.KgAsync("cypher", "--uri", Uri, "--write", "MATCH (n) DETACH DELETE n");
        var load = wipe.Exit != 0 ? wipe : await Neo4jCliSupport.KgAsync("load-neo4j", "--uri", Uri, "--batch-size", "5", Neo4jCliSupport.NewsGraph);
        (LoadExit, LoadError) = (load.Exit, load.Stderr);
    }

    private async Task StartAsync()
    {
        var script = Path.Combine(Neo4jCliSupport.RepoRoot, "scripts", "neo4j.sh");
        var (code, output) = await BashAsync(script, "start");
        if (code != 0) throw new InvalidOperationException($"scripts/neo4j.sh start failed (exit {code}):\n{output}");
        _startedHere = true;
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_startedHere) await BashAsync(Path.Combine(Neo4jCliSupport.RepoRoot, "scripts", "neo4j.sh"), "stop");
        }
        finally
        {
            _lock?.Dispose();
        }
    }

    private async Task<bool> ReachableAsync()
    {
        var target = new System.Uri(Uri.Replace("bolt://", "tcp://", StringComparison.Ordinal));
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(target.Host, target.Port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<(int, string)> BashAsync(string script, string verb)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(verb);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout + await stderr);
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCliCollection : ICollectionFixture<Neo4jCliServerFixture>
{
    public const string Name = "Neo4j CLI";
}
