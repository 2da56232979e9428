using System.Diagnostics;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>Paths, in-process builds and the outside checkers (Jena) the build tests share.</summary>
internal static class BuildTestSupport
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

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string NewTempDir(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "kg-build-tests", $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static (int Exit, string Stdout, string Stderr) RunBuild(string[] inputs, string output, string formats = "ttl")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = BuildCommand.Run(inputs, output, formats, null, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a Jena command class; fails with a clear message when Jena or java is missing (CI installs them).</summary>
    public static (int Exit, string Output) Jena(string mainClass, params string[] args)
    {
        var cpFile = Path.Combine(RepoRoot, ".tools", "jena.classpath");
        if (!File.Exists(cpFile))
            throw new InvalidOperationException($"{cpFile} is missing: run scripts/install-tools.sh (scripts/test.sh does) to install Apache Jena");
        var psi = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-cp");
        psi.ArgumentList.Add(File.ReadAllText(cpFile).Trim());
        psi.ArgumentList.Add(mainClass);
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run java for Jena ({e.Message}): run scripts/install-tools.sh", e);
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public static HashSet<string> Iris(string turtleFile)
    {
        using var reader = RdfText.OpenFile(turtleFile);
        return new TurtleParser().Read(reader, new RdfReaderOptions(turtleFile))
            .SelectMany(q => new[] { q.Subject, q.Object }).OfType<IUriNode>().Select(u => u.Iri).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>One build of the seeds in every format, shared by the tests that only read its output.</summary>
public sealed class SeedBuildFixture : IDisposable
{
    public SeedBuildFixture()
    {
        Output = BuildTestSupport.NewTempDir("seeds");
        (Exit, Stdout, Stderr) = BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, Output, "ttl,nt,trig,nq,jsonld");
    }

    public string Output { get; }
    public int Exit { get; }
    public string Stdout { get; }
    public string Stderr { get; }

    public void Dispose()
    {
        try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
    }
}
