using System.Diagnostics;
using KnowledgeGraph.Build;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>The output folder as one unit: atomic swap, stale files removed, lock, nothing touched on no input, kill safety.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _dir = BuildTestSupport.NewTempDir("outfolder");

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Out => Path.Combine(_dir, "out");

    private string Articles(string name, params string[] seedPrefixes)
    {
        var dir = Path.Combine(_dir, name);
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(BuildTestSupport.Seeds, "*.txt").Where(f => seedPrefixes.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal))))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    /// <summary>Every path under OUT (links as links) with its content or link target, to see that nothing changed.</summary>
    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var info = new FileInfo(p);
            var rel = Path.GetRelativePath(root, p);
            if (info.LinkTarget is not null) map[rel] = "-> " + info.LinkTarget;
            else if (File.Exists(p)) map[rel] = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p)));
            else map[rel] = "dir";
        }
        return map;
    }

    private static long CountArticles(string data)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = QueryCommand.Run(new[] { data }, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> }", "csv", "30s", null,
            true, stdout, stderr, CancellationToken.None);
        Assert.True(exit == 0, stderr.ToString());
        return long.Parse(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Trim());
    }

    [Fact]
    public void A_default_build_after_a_trig_build_removes_the_trig_and_readers_see_only_the_new_build()
    {
        var all = Articles("all", "000_", "001_", "002_", "003_", "004_");
        var two = Articles("two", "000_", "001_");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { all }, Out, "ttl,trig").Exit);
        Assert.True(File.Exists(Path.Combine(Out, "graph.trig")));
        Assert.Equal(5, CountArticles(Out));

        var (exit, stdout, stderr) = BuildTestSupport.RunBuild(new[] { two }, Out);
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.False(File.Exists(Path.Combine(Out, "graph.trig")), "the trig of the previous build was left beside the new graph.ttl");
        Assert.False(new FileInfo(Path.Combine(Out, "graph.trig")).LinkTarget is not null, "a dangling link was left");
        Assert.Equal(new[] { Path.Combine(RdfLoader.CurrentBuildFolder(Out)!, "graph.ttl") }, RdfLoader.ExpandPaths(new[] { Out }));
        Assert.Equal(2, CountArticles(Out));
        Assert.Contains("wrote " + Path.Combine(Path.GetFullPath(Out), "graph.ttl"), stdout);
        // users and scripts still find OUT/graph.ttl, and it is the new build's
        Assert.Equal(File.ReadAllBytes(Path.Combine(RdfLoader.CurrentBuildFolder(Out)!, "graph.ttl")), File.ReadAllBytes(Path.Combine(Out, "graph.ttl")));
        // only the current and the previous version are kept
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(Out, ".kg", "builds")).Length);
    }

    [Fact]
    public void A_build_that_reads_no_article_leaves_the_folder_untouched()
    {
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Articles("one", "000_") }, Out).Exit);
        var before = Snapshot(Out);
        var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { Path.Combine(_dir, "no-such-folder") }, Out);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("no article could be read", stderr);
        Assert.Equal(before, Snapshot(Out));

        var fresh = Path.Combine(_dir, "never-created");
        Assert.Equal(ExitCodes.InputError, BuildTestSupport.RunBuild(new[] { Path.Combine(_dir, "no-such-folder") }, fresh).Exit);
        Assert.False(Directory.Exists(fresh));
    }

    [Fact]
    public void A_second_build_into_a_folder_being_built_is_refused_and_writes_nothing()
    {
        var input = Articles("one", "000_");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { input }, Out).Exit);
        var before = Snapshot(Out);
        using (OutputFolder.Open(Out))
        {
            var (exit, _, stderr) = BuildTestSupport.RunBuild(new[] { input }, Out);
            Assert.Equal(ExitCodes.Busy, exit);
            Assert.Contains("another kg build is writing this folder", stderr);
            Assert.Contains($"pid {Environment.ProcessId}", stderr);
        }
        var after = Snapshot(Out);
        after.Remove(Path.Combine(".kg", "lock.owner"));
        before.Remove(Path.Combine(".kg", "lock.owner"));
        Assert.Equal(before, after);
        // released: the next build runs
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { input }, Out).Exit);
    }

    [Fact]
    public void What_dead_builds_left_is_removed_by_the_next_build()
    {
        var input = Articles("one", "000_");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { input }, Out, "ttl,nt").Exit);
        // an unfinished version, a link temporary, an old-style AtomicFile temporary, a dangling link
        var dead = Path.Combine(Out, ".kg", "builds", "20200101T000000000-999999");
        Directory.CreateDirectory(dead);
        File.WriteAllText(Path.Combine(dead, "graph.ttl"), "@prefix half");
        File.WriteAllText(Path.Combine(Out, ".graph.ttl.999999.0123abcd.tmp"), "half");
        File.CreateSymbolicLink(Path.Combine(Out, ".kg", "current.x.tmp"), "builds/20200101T000000000-999999");
        File.CreateSymbolicLink(Path.Combine(Out, "graph.jsonld"), Path.Combine(".kg", "current", "graph.jsonld"));
        File.WriteAllText(Path.Combine(Out, "notes.txt"), "the user's own file");

        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { input }, Out).Exit);
        Assert.False(Directory.Exists(dead));
        Assert.Empty(Directory.GetFiles(Out, "*.tmp"));
        Assert.Empty(Directory.GetFiles(Path.Combine(Out, ".kg"), "*.tmp"));
        Assert.Null(new FileInfo(Path.Combine(Out, "graph.jsonld")).LinkTarget);
        Assert.False(File.Exists(Path.Combine(Out, "graph.nt")));
        Assert.Equal("the user's own file", File.ReadAllText(Path.Combine(Out, "notes.txt")));
    }

    [Fact]
    public void An_old_style_folder_of_plain_files_becomes_a_unit()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "graph.ttl"), "<http://e/a> <http://e/b> <http://e/c> .\n");
        File.WriteAllText(Path.Combine(Out, "graph.trig"), "<http://e/old> <http://e/b> <http://e/c> .\n");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Articles("one", "000_") }, Out).Exit);
        Assert.False(File.Exists(Path.Combine(Out, "graph.trig")));
        Assert.NotNull(new FileInfo(Path.Combine(Out, "graph.ttl")).LinkTarget);
        Assert.Equal(1, CountArticles(Out));
    }

    [Fact]
    public void A_build_killed_mid_way_leaves_the_previous_build_readable_and_a_rerun_completes()
    {
        var input = Articles("all", "000_", "001_", "002_", "003_", "004_");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Articles("one", "000_") }, Out).Exit);
        var before = File.ReadAllBytes(Path.Combine(Out, "graph.ttl"));
        var kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
        int killedHolding = 0;
        foreach (var delayMs in new[] { 0, 400, 900 })
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { kg, "build", input, "-o", Out, "-f", "ttl,trig,nt" }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var lockFile = Path.Combine(Out, ".kg", "lock.owner");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            // wait until it holds the folder (its pid in the lock file), then kill it after the delay
            while (!p.HasExited && DateTime.UtcNow < deadline && !SafeRead(lockFile).Contains($"pid {p.Id},", StringComparison.Ordinal)) Thread.Sleep(20);
            bool holding = SafeRead(lockFile).Contains($"pid {p.Id},", StringComparison.Ordinal);
            Thread.Sleep(delayMs);
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                if (holding) killedHolding++;
            }
            p.WaitForExit();
            // OUT is either the previous build or the complete new one, never a mix
            var ttl = File.ReadAllBytes(Path.Combine(Out, "graph.ttl"));
            var articles = CountArticles(Out);
            if (ttl.AsSpan().SequenceEqual(before)) Assert.Equal(1, articles);
            else Assert.Equal(5, articles);
        }
        Assert.True(killedHolding > 0, "no build was killed while it held the folder");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { input }, Out, "ttl,trig,nt").Exit);
        Assert.Equal(5, CountArticles(Out));
        Assert.True(Directory.GetDirectories(Path.Combine(Out, ".kg", "builds")).Length <= 2);
        Assert.Empty(Directory.GetFiles(Out, "*.tmp"));
    }

    private static string SafeRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
    }
}
