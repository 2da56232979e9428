using System.Diagnostics;
using System.Net.Sockets;
using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Loading;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// The real Neo4j server for end-to-end tests: KG_NEO4J_URI when it is set and reachable, otherwise
/// one started through scripts/neo4j.sh (and stopped again at the end, if this fixture started it).
/// A server that cannot be had makes the tests fail with the reason, never pass silently.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private bool _startedHere;
    private FileStream? _lock;

    public string Uri { get; private set; } = "bolt://127.0.0.1:7687";

    public BoltEndpoint Endpoint => BoltEndpoint.Parse(Uri);

    public async Task InitializeAsync()
    {
        _lock = await AcquireLockAsync();
        var configured = Environment.GetEnvironmentVariable("KG_NEO4J_URI");
        if (!string.IsNullOrEmpty(configured))
        {
            Uri = configured;
            if (await ReachableAsync(Endpoint)) return;
        }
        if (await ReachableAsync(Endpoint)) return;
        var (code, output) = await RunScriptAsync("start");
        if (code != 0) throw new InvalidOperationException($"scripts/neo4j.sh start failed (exit {code}):\n{output}");
        _startedHere = !output.Contains("already", StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_startedHere) await RunScriptAsync("stop");
        }
        finally
        {
            _lock?.Dispose();
        }
    }

    private static Task<FileStream> AcquireLockAsync() => Neo4jTestLock.AcquireAsync(
        BoltEndpoint.Parse(Environment.GetEnvironmentVariable("KG_NEO4J_URI") is { Length: > 0 } u ? u : "bolt://127.0.0.1:7687"));

    public BoltDriver CreateDriver(BoltClientOptions? options = null) => new(Endpoint, options);

    private static async Task<bool> ReachableAsync(BoltEndpoint endpoint)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<(int, string)> RunScriptAsync(string verb)
    {
        var script = System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "neo4j.sh");
        if (!File.Exists(script)) throw new InvalidOperationException($"{script} is missing");
        var psi = new ProcessStartInfo("bash", new[] { script, verb })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
