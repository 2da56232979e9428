using System.Diagnostics;
using KnowledgeGraph.Sparql.Tests.W3cEval;

namespace KnowledgeGraph.Sparql.Tests.CrossCheck;

/// <summary>
/// Runs every query of queries/*.rq through Jena ARQ once (one JVM, bench/jena/JenaSparqlRunner.java compiled on the
/// fly) and keeps Jena's answers for the test cases. The data is CrossCheck/fixture.ttl, or the file named by
/// KG_CROSSCHECK_DATA (to check the engine on a real kg build output).
/// </summary>
public sealed class JenaRun : IDisposable
{
    private readonly Lazy<string> _outputs;

    public JenaRun()
    {
        RepoRoot = SparqlRepoPaths.RepoRoot();
        DataPath = Environment.GetEnvironmentVariable("KG_CROSSCHECK_DATA") is { Length: > 0 } d
            ? Path.GetFullPath(d)
            : Path.Combine(RepoRoot, "tests", "KnowledgeGraph.Sparql.Tests", "CrossCheck", "fixture.ttl");
        WorkDir = Path.Combine(Path.GetTempPath(), "kg-crosscheck-" + Guid.NewGuid().ToString("N"));
        _outputs = new Lazy<string>(RunJena);
    }

    public string RepoRoot { get; }

    /// <summary>Whether the data is a real build output (KG_CROSSCHECK_DATA) rather than the fixture.</summary>
    public bool UsesExternalData => Environment.GetEnvironmentVariable("KG_CROSSCHECK_DATA") is { Length: > 0 };

    public string DataPath { get; }

    public string WorkDir { get; }

    public static IEnumerable<string> QueryFiles(string repoRoot) =>
        Directory.EnumerateFiles(Path.Combine(repoRoot, "queries"), "*.rq").OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The folder holding Jena's answer per query (NAME.srj), computed on first use.</summary>
    public string Outputs => _outputs.Value;

    private string RunJena()
    {
        var classpathFile = Path.Combine(RepoRoot, ".tools", "jena.classpath");
        if (!File.Exists(classpathFile))
            throw new InvalidOperationException($"{classpathFile} is missing: run scripts/install-tools.sh first (it installs Apache Jena)");
        var classpath = File.ReadAllText(classpathFile).Trim();
        var classes = Path.Combine(WorkDir, "classes");
        Directory.CreateDirectory(classes);
        Exec("javac", ["-cp", classpath, "-d", classes, Path.Combine(RepoRoot, "bench", "jena", "JenaSparqlRunner.java")]);
        var outputs = Path.Combine(WorkDir, "out");
        Exec("java", ["-cp", classes + Path.PathSeparator + classpath, "JenaSparqlRunner", "results", DataPath, outputs, .. QueryFiles(RepoRoot)]);
        return outputs;
    }

    private static void Exec(string tool, IEnumerable<string> arguments)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run {tool} (is a JDK installed? scripts/install-tools.sh needs Java): {e.Message}");
        }
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within 3 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
    }

    public void Dispose()
    {
        try { Directory.Delete(WorkDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
