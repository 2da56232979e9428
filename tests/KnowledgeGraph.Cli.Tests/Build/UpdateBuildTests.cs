using KnowledgeGraph.Cli.Commands;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>kg build --update OUT INPUT...: adds or replaces articles in a build, keeping every IRI.</summary>
public sealed class UpdateBuildTests : IDisposable
{
    private readonly string _dir = BuildTestSupport.NewTempDir("update");

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static (int Exit, string Stdout, string Stderr) Update(string output, string[] inputs, string formats = "ttl")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = BuildCommand.Run(inputs, output, formats, null, stdout, stderr, CancellationToken.None, update: true);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Folder(string name, Func<string, bool> seedFilter, bool manifest = true)
    {
        var dir = Path.Combine(_dir, name);
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(BuildTestSupport.Seeds, "*.txt").Where(f => seedFilter(Path.GetFileName(f))))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        if (manifest) File.Copy(Path.Combine(BuildTestSupport.Seeds, "manifest.json"), Path.Combine(dir, "manifest.json"));
        return dir;
    }

    [Fact]
    public void Adding_an_article_to_a_build_gives_the_same_files_as_a_full_build_of_all_articles()
    {
        var part = Folder("part", f => !f.StartsWith("002_", StringComparison.Ordinal));
        var added = Folder("added", f => f.StartsWith("002_", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { part }, output, "ttl,trig").Exit);
        var (exit, stdout, stderr) = Update(output, new[] { added }, "ttl,trig");
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.Contains("articles:      5", stdout);
        // only the given article is analysed: the four kept ones are read back from the build's analysis.jsonl
        Assert.Contains("analysed:      1 (4 kept articles' analysis reused)", stdout);

        var full = Path.Combine(_dir, "full");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, full, "ttl,trig").Exit);
        foreach (var name in new[] { "graph.ttl", "graph.trig" })
            Assert.True(File.ReadAllBytes(Path.Combine(full, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, name))), name + " differs");
    }

    [Fact]
    public void An_update_copies_the_unchanged_subject_blocks_of_graph_ttl_and_graph_nt_and_writes_the_bytes_of_a_full_build()
    {
        var part = Folder("part", f => !f.StartsWith("002_", StringComparison.Ordinal));
        var added = Folder("added", f => f.StartsWith("002_", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { part }, output, "ttl,nt").Exit);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = BuildCommand.Run(new[] { added }, output, "ttl,nt", null, stdout, stderr, CancellationToken.None, stats: true, update: true);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        long Figure(string name) => long.Parse(stdout.ToString().Split('\n').Single(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..]);
        long subjects = Figure("stat-dump-subjects"), copied = Figure("stat-dump-subjects-copied");
        // most subjects are the four kept articles' and their entities': copied; the added article's are written
        Assert.InRange(copied, subjects / 2, subjects - 1);

        var full = Path.Combine(_dir, "full");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, full, "ttl,nt").Exit);
        foreach (var name in new[] { "graph.ttl", "graph.nt" })
            Assert.True(File.ReadAllBytes(Path.Combine(full, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, name))), name + " differs");
        // the binary store beside them (what kg query and kg serve load) extends the kept build's: a delta over its
        // store with the statements of the subjects that changed, which loads as the full build's store does
        var store = stdout.ToString().Split('\n').Single(l => l.StartsWith("stat-store: ", StringComparison.Ordinal));
        Assert.StartsWith("stat-store: delta ", store);
        Assert.InRange(long.Parse(store["stat-store: delta ".Length..]), 1, Figure("statements") / 2);
        var current = KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(output)!;
        Assert.True(KnowledgeGraph.Rdf.BinaryStoreDelta.IsDelta(Path.Combine(current, "graph.kgstore")));
        Assert.True(File.Exists(Path.Combine(current, KnowledgeGraph.Rdf.BinaryStoreDelta.BaseFileName)));
        var fromDelta = new KnowledgeGraph.Rdf.MemoryStore();
        var fromFull = new KnowledgeGraph.Rdf.MemoryStore();
        var warnings = new List<string>();
        KnowledgeGraph.Rdf.RdfLoader.LoadPaths(fromDelta, [output], warn: warnings.Add);
        KnowledgeGraph.Rdf.RdfLoader.LoadPaths(fromFull, [full], warn: warnings.Add);
        Assert.Empty(warnings);
        Assert.Equal(fromFull.Count, fromDelta.Count);
        var all = KnowledgeGraph.Rdf.GraphSelector.All;
        Assert.True(fromFull.Match(null, null, null, all).ToHashSet().SetEquals(fromDelta.Match(null, null, null, all)));
        // every library query (each with an ORDER BY) prints the same from the delta as from the full build's store
        foreach (var name in QueryLibrary.List(Path.Combine(BuildTestSupport.RepoRoot, "queries"), ".rq").Select(e => e.Name))
            Assert.Equal(Query(full, name), Query(output, name));
    }

    private static string Query(string data, string name)
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
    public void A_kept_analysis_from_other_extraction_code_is_not_used_and_the_update_still_equals_a_full_build()
    {
        var part = Folder("part", f => !f.StartsWith("002_", StringComparison.Ordinal));
        var added = Folder("added", f => f.StartsWith("002_", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { part }, output).Exit);
        // as if another kg (other extractors or lexicons) had written it
        var analysis = Path.Combine(KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(output)!, "analysis.jsonl");
        var lines = File.ReadAllLines(analysis);
        Assert.Contains(KnowledgeGraph.Build.AnalysisStore.Extractor, lines[0]);
        lines[0] = lines[0].Replace(KnowledgeGraph.Build.AnalysisStore.Extractor, "0123456789abcdef0123456789abcdef", StringComparison.Ordinal);
        File.WriteAllLines(analysis, lines);
        var (exit, stdout, stderr) = Update(output, new[] { added });
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.Contains("other extraction code or data", stderr);
        Assert.DoesNotContain("reused", stdout);

        var full = Path.Combine(_dir, "full");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, full).Exit);
        Assert.True(File.ReadAllBytes(Path.Combine(full, "graph.ttl")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, "graph.ttl"))));
    }

    [Fact]
    public void An_update_writes_the_same_kept_analysis_as_a_full_build()
    {
        var part = Folder("part", f => !f.StartsWith("002_", StringComparison.Ordinal));
        var added = Folder("added", f => f.StartsWith("002_", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { part }, output).Exit);
        Assert.Equal(ExitCodes.Ok, Update(output, new[] { added }).Exit);
        var full = Path.Combine(_dir, "full");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, full).Exit);
        // the kept articles' lines are copied, the added one's serialized: the file is the one a full build writes
        string Analysis(string o) => Path.Combine(KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(o)!, "analysis.jsonl");
        Assert.Equal(File.ReadAllBytes(Analysis(full)), File.ReadAllBytes(Analysis(output)));
    }

    [Fact]
    public void A_damaged_kept_analysis_line_costs_its_article_a_new_analysis_and_the_update_still_equals_a_full_build()
    {
        var part = Folder("part", f => !f.StartsWith("002_", StringComparison.Ordinal));
        var added = Folder("added", f => f.StartsWith("002_", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { part }, output).Exit);
        var analysis = Path.Combine(KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(output)!, "analysis.jsonl");
        var lines = File.ReadAllLines(analysis);
        Assert.Equal(5, lines.Length); // the header and four articles
        // the id is readable, the layers are not
        lines[2] = lines[2][..lines[2].IndexOf("\"Layers\":", StringComparison.Ordinal)] + "\"Layers\":[}";
        File.WriteAllLines(analysis, lines);
        var (exit, stdout, stderr) = Update(output, new[] { added });
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.Contains("analysis.jsonl:3: damaged kept analysis", stderr);
        Assert.Contains("analysed:      2 (3 kept articles' analysis reused)", stdout);

        var full = Path.Combine(_dir, "full");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { BuildTestSupport.Seeds }, full).Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(full, "graph.ttl")), File.ReadAllBytes(Path.Combine(output, "graph.ttl")));
    }

    [Fact]
    public void An_update_equals_a_rebuild_into_the_same_folder_even_when_a_spelling_changes_majority()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "fr"));
        Directory.CreateDirectory(Path.Combine(_dir, "wire"));
        File.WriteAllText(Path.Combine(_dir, "fr", "100_alpha.txt"), StableIriTests.French);
        File.WriteAllText(Path.Combine(_dir, "wire", "101_beta.txt"), StableIriTests.Wire);
        var updated = Path.Combine(_dir, "updated");
        var rebuilt = Path.Combine(_dir, "rebuilt");
        foreach (var o in new[] { updated, rebuilt })
            Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Path.Combine(_dir, "fr") }, o).Exit);
        Assert.Equal(ExitCodes.Ok, Update(updated, new[] { Path.Combine(_dir, "wire") }).Exit);
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Path.Combine(_dir, "fr"), Path.Combine(_dir, "wire") }, rebuilt).Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(rebuilt, "graph.ttl")), File.ReadAllBytes(Path.Combine(updated, "graph.ttl")));
        Assert.Contains("https://w3id.org/kgnews/id/person/iouri-kouzmenko", BuildTestSupport.Iris(Path.Combine(updated, "graph.ttl")));
    }

    [Fact]
    public void An_update_differs_from_a_fresh_build_in_a_new_folder_only_by_the_keys_it_kept()
    {
        // the wire story makes "Yuri Kuzmenko" the majority spelling: a fresh build mints yuri-kuzmenko, the updated
        // folder keeps its first key iouri-kouzmenko (and the post and meeting keys named from it); nothing else differs
        Directory.CreateDirectory(Path.Combine(_dir, "fr"));
        Directory.CreateDirectory(Path.Combine(_dir, "wire"));
        File.WriteAllText(Path.Combine(_dir, "fr", "100_alpha.txt"), StableIriTests.French);
        File.WriteAllText(Path.Combine(_dir, "wire", "101_beta.txt"), StableIriTests.Wire);
        var updated = Path.Combine(_dir, "updated");
        var fresh = Path.Combine(_dir, "fresh");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Path.Combine(_dir, "fr") }, updated, "nt").Exit);
        Assert.Equal(ExitCodes.Ok, Update(updated, new[] { Path.Combine(_dir, "wire") }, "nt").Exit);
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { Path.Combine(_dir, "fr"), Path.Combine(_dir, "wire") }, fresh, "nt").Exit);
        var update = File.ReadAllLines(Path.Combine(updated, "graph.nt")).ToHashSet(StringComparer.Ordinal);
        var full = File.ReadAllLines(Path.Combine(fresh, "graph.nt")).ToHashSet(StringComparer.Ordinal);
        var onlyUpdate = update.Except(full).ToList();
        var onlyFull = full.Except(update).ToList();
        Assert.NotEmpty(onlyUpdate);
        Assert.All(onlyUpdate, line => Assert.Contains("iouri-kouzmenko", line));
        Assert.All(onlyFull, line => Assert.Contains("yuri-kuzmenko", line));
        // with the kept key written as the fresh one, the two graphs are the same statements
        var renamed = update.Select(line => line.Replace("iouri-kouzmenko", "yuri-kuzmenko", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.True(renamed.SetEquals(full), $"{renamed.Except(full).Count()} statements only in the update, {full.Except(renamed).Count()} only in the fresh build, once the key is renamed");
    }

    [Fact]
    public void An_article_given_again_with_changed_text_replaces_its_own_contribution()
    {
        var fr = Path.Combine(_dir, "fr");
        var wire = Path.Combine(_dir, "wire");
        Directory.CreateDirectory(fr);
        Directory.CreateDirectory(wire);
        File.WriteAllText(Path.Combine(fr, "100_alpha.txt"), StableIriTests.French);
        File.WriteAllText(Path.Combine(wire, "101_beta.txt"), StableIriTests.Wire);
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Ok, BuildTestSupport.RunBuild(new[] { fr, wire }, output).Exit);
        Assert.Contains("besoin de plus de défense aérienne", File.ReadAllText(Path.Combine(output, "graph.ttl")));

        var fixedDir = Path.Combine(_dir, "fixed");
        Directory.CreateDirectory(fixedDir);
        File.WriteAllText(Path.Combine(fixedDir, "100_alpha.txt"), StableIriTests.French.Replace("besoin de plus de défense aérienne", "besoin de munitions avant le printemps"));
        var (exit, stdout, stderr) = Update(output, new[] { fixedDir });
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.Contains("articles:      2", stdout);
        var ttl = File.ReadAllText(Path.Combine(output, "graph.ttl"));
        Assert.DoesNotContain("besoin de plus de défense aérienne", ttl);
        Assert.Contains("besoin de munitions avant le printemps", ttl);
        Assert.Contains("L'hiver sera difficile", ttl); // the other article is kept
        Assert.Contains("https://w3id.org/kgnews/id/person/yuri-kuzmenko", BuildTestSupport.Iris(Path.Combine(output, "graph.ttl")));
    }

    [Fact]
    public void Updating_a_folder_that_holds_no_build_is_refused()
    {
        var input = Folder("one", f => f.StartsWith("000_", StringComparison.Ordinal), manifest: false);
        var output = Path.Combine(_dir, "empty");
        var (exit, _, stderr) = Update(output, new[] { input });
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("no kg build to update here", stderr);
        Assert.False(Directory.Exists(output));
    }
}
