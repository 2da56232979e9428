using System.Diagnostics;
using KnowledgeGraph.Cli.Tests.Build;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Virtuoso;

/// <summary>
/// The real Virtuoso Open Source, started with scripts/virtuoso.sh (which installs Debian's virtuoso-opensource when
/// missing) on the tests' own database (.tools/virtuoso-tests) and ports (HTTP 18895, SQL 11115), and stopped after
/// the tests when started here (one already running there is used as it is).
/// Also builds the seeds once (N-Quads, for the per-article graphs) and pushes them, as every test here needs them.
/// </summary>
public sealed class VirtuosoFixture : IAsyncLifetime
{
    private bool _startedHere;

    public string Script => Path.Combine(BuildTestSupport.RepoRoot, "scripts", "virtuoso.sh");

    public string SparqlEndpoint { get; private set; } = "";

    public string GraphStore { get; private set; } = "";

    public string SeedsBuild { get; } = BuildTestSupport.NewTempDir("virtuoso-seeds");

    /// <summary>kg push of the seeds build: exit code and output (the tests assert on it).</summary>
    public (int Exit, string Stdout, string Stderr) SeedsPush { get; private set; }

    public static readonly IReadOnlyDictionary<string, string> Credentials = new Dictionary<string, string>
    {
        ["KG_ENDPOINT_USER"] = "dba",
        ["KG_ENDPOINT_PASSWORD"] = "dba",
    };

    public async Task InitializeAsync()
    {
        var status = await BashAsync("status");
        if (status.Exit != 0)
        {
            var start = await BashAsync("start");
            if (start.Exit != 0) throw new InvalidOperationException($"scripts/virtuoso.sh start failed (exit {start.Exit}):\n{start.Output}");
            _startedHere = true;
        }
        foreach (var line in (await BashAsync("endpoints")).Output.Split('\n'))
        {
            if (line.StartsWith("sparql=", StringComparison.Ordinal)) SparqlEndpoint = line["sparql=".Length..].Trim();
            if (line.StartsWith("graph-store=", StringComparison.Ordinal)) GraphStore = line["graph-store=".Length..].Trim();
        }
        var build = BuildTestSupport.RunBuild([BuildTestSupport.Seeds], SeedsBuild, "nq,ttl");
        if (build.Exit != 0) throw new InvalidOperationException("kg build seeds failed: " + build.Stderr);
        SeedsPush = await KgAsync(Credentials, "push", "--endpoint", GraphStore, "--restart", SeedsBuild);
    }

    public async Task DisposeAsync()
    {
        if (_startedHere) await BashAsync("stop");
        try { Directory.Delete(SeedsBuild, recursive: true); } catch (IOException) { }
    }

    public async Task<(int Exit, string Output)> BashAsync(string verb)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Script);
        psi.ArgumentList.Add(verb);
        // The tests' own database and ports, so that a benchmark's data (or a benchmark's server) never meets them;
        // small buffers: the seeds need little, and the machine is shared.
        Default(psi, "KG_VIRTUOSO_HOME", Path.Combine(BuildTestSupport.RepoRoot, ".tools", "virtuoso-tests"));
        Default(psi, "KG_VIRTUOSO_HTTP_PORT", "18895");
        Default(psi, "KG_VIRTUOSO_SQL_PORT", "11115");
        Default(psi, "KG_VIRTUOSO_BUFFERS", "20000");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout + await stderr);
    }

    private static void Default(ProcessStartInfo psi, string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))) psi.Environment[name] = value;
    }

    /// <summary>Runs the built kg as a child process with <paramref name="env"/> added to its environment.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> KgAsync(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        using var p = StartKg(env, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }

    public static Process StartKg(IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The test runner's own variables must not leak credentials in or out: set exactly what the test gives.
        psi.Environment.Remove("KG_ENDPOINT_USER");
        psi.Environment.Remove("KG_ENDPOINT_PASSWORD");
        psi.Environment.Remove("KG_ENDPOINT_TOKEN");
        foreach (var (k, v) in env) psi.Environment[k] = v;
        return Process.Start(psi)!;
    }
}

[CollectionDefinition(Name)]
public sealed class VirtuosoCollection : ICollectionFixture<VirtuosoFixture>
{
    public const string Name = "Virtuoso";
}
