using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Tests.Build;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// A fact that needs headless Chromium: scripts/install-browser.sh installs it (Debian chromium, npm playwright-core)
/// when the tests are discovered; the test is skipped, with the script's reason, only when chromium cannot be installed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var (exit, output) = BrowserTests.Run("bash", TimeSpan.FromMinutes(8), Path.Combine(BuildTestSupport.RepoRoot, "scripts", "install-browser.sh"));
        if (exit != 0 || !File.Exists("/usr/bin/chromium"))
            Skip = "headless Chromium is not available, browser test skipped: " + output.Trim();
    }
}

/// <summary>
/// The pages as a person uses them, in headless Chromium (tests/browser/query-service.mjs): the YASGUI query page runs
/// an example and shows a table, a person page leads to a meeting naming its attendees, a claim trace lists every
/// outlet with its wording. Against `kg serve` on a fresh build of the seeds. Screenshots in tests/artifacts/browser.
/// </summary>
public class BrowserTests
{
    [BrowserFact]
    public void Query_page_person_to_meeting_and_claim_trace_work_in_headless_chromium()
    {
        var root = BuildTestSupport.RepoRoot;
        var yasgui = Run("bash", TimeSpan.FromMinutes(5), Path.Combine(root, "scripts", "install-yasgui.sh"));
        Assert.True(yasgui.Exit == 0, "YASGUI could not be installed: " + yasgui.Output);
        var output = BuildTestSupport.NewTempDir("browser-seeds");
        var build = BuildTestSupport.RunBuild([BuildTestSupport.Seeds], output, "ttl,trig");
        Assert.True(build.Exit == 0, build.Stderr);

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "kg.dll"), "serve", "--data", output, "--urls", "http://127.0.0.1:0", "--quiet" })
            psi.ArgumentList.Add(a);
        using var server = Process.Start(psi)!;
        try
        {
            var url = WaitForAddress(server);
            var shots = Path.Combine(root, "tests", "artifacts", "browser");
            var env = new Dictionary<string, string> { ["KG_BROWSER_MODULES"] = Path.Combine(root, ".tools", "browser-test", "node_modules") };
            var (exit, stdout) = Run("node", TimeSpan.FromMinutes(4), env, Path.Combine(root, "tests", "browser", "query-service.mjs"), url,
                shots, "person/vladimir-poutine", "who-met-whom");
            var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith('{')) ?? throw new Xunit.Sdk.XunitException("no summary from the browser script: " + stdout);
            using var doc = JsonDocument.Parse(line);
            var summary = doc.RootElement;
            Assert.True(exit == 0 && summary.GetProperty("ok").GetBoolean(), stdout);
            Assert.True(summary.GetProperty("examples").GetInt32() >= 20, line);
            Assert.True(summary.GetProperty("rows").GetInt32() > 0, line);
            Assert.Equal("Vladimir Poutine", summary.GetProperty("person").GetString());
            Assert.StartsWith("/id/meeting/", summary.GetProperty("meeting").GetString());
            Assert.True(summary.GetProperty("attendees").GetInt32() >= 2, line);
            Assert.NotEmpty(summary.GetProperty("outlets").EnumerateArray());
            foreach (var shot in new[] { "1-query-page.png", "2-person-page.png", "3-meeting-page.png", "4-claim-trace.png" })
                Assert.True(new FileInfo(Path.Combine(shots, shot)).Length > 10_000, shot + " is missing or empty");
        }
        finally
        {
            if (!server.HasExited) server.Kill(true);
            server.WaitForExit(10_000);
            Directory.Delete(output, true);
        }
    }

    /// <summary>The address kg serve prints once it listens ("listening on http://127.0.0.1:PORT").</summary>
    private static string WaitForAddress(Process server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        var seen = new System.Text.StringBuilder();
        while (DateTime.UtcNow < deadline)
        {
            var line = server.StandardError.ReadLine();
            if (line is null) break;
            seen.AppendLine(line);
            var m = Regex.Match(line, @"listening on (http://[0-9.:]+)");
            if (m.Success) return m.Groups[1].Value;
        }
        throw new Xunit.Sdk.XunitException("kg serve did not start: " + seen);
    }

    internal static (int Exit, string Output) Run(string file, TimeSpan timeout, params string[] args) =>
        Run(file, timeout, new Dictionary<string, string>(), args);

    internal static (int Exit, string Output) Run(string file, TimeSpan timeout, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout)) { p.Kill(true); return (-1, $"{file} ran past {timeout}: " + stderr.Result); }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
