using System.CommandLine;
using KnowledgeGraph.Build;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Rdf;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg build INPUT... -o DIR [--format ttl,nt,trig,nq,jsonld] [--manifest FILE]</c>, <c>kg build --update DIR INPUT...</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files or folders (.txt .json .jsonl .html .htm; folders recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (graph.ttl and the requested formats); IRIs minted by earlier builds into it are kept." };
        var update = new Option<string?>("--update") { Description = "Adds the inputs to the build in this folder (an article with a kept id replaces it) and rebuilds, keeping every IRI." };
        var formats = new Option<string>("--format", "-f") { Description = "Comma-separated output formats: ttl, nt, trig, nq, jsonld (graph.ttl is always written).", DefaultValueFactory = _ => "ttl" };
        var manifest = new Option<string?>("--manifest", "-m") { Description = "A manifest.json with per-article outlet, url, author, date, title (auto-detected in input folders)." };
        var stats = new Option<bool>("--stats") { Description = "Also print machine-readable figures (words, elapsed and CPU seconds, peak memory) for benchmarks." };
        var storeMax = new Option<long?>("--store-max-statements") { Description = $"Writes the binary store graph.kgstore (fast loading for kg serve/query) only for a graph of at most this many triples (default {BuildOptions.DefaultMaxBinaryStoreStatements}; 0: never): writing it holds the whole graph in memory." };
        var command = new Command("build", "Reads articles (files or folders) and writes DIR/graph.ttl (and other formats on request).")
        {
            inputs, output, update, formats, manifest, stats, storeMax,
        };
        command.SetAction((parse, ct) =>
        {
            var (o, u) = (parse.GetValue(output), parse.GetValue(update));
            if (o is null && u is null || o is not null && u is not null && o != u)
            {
                Console.Error.WriteLine(o is null ? "kg build: give the output folder: -o DIR (a new build) or --update DIR (add to a build)"
                    : "kg build: -o and --update name different folders; give one of them");
                return Task.FromResult(ExitCodes.InputError);
            }
            return Task.FromResult(Run(parse.GetValue(inputs)!, (o ?? u)!, parse.GetValue(formats) ?? "ttl",
                parse.GetValue(manifest), Console.Out, Console.Error, ct, parse.GetValue(stats), update: u is not null, parse.GetValue(storeMax)));
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string output, string formatList, string? manifest, TextWriter stdout, TextWriter stderr, CancellationToken ct,
        bool stats = false, bool update = false, long? storeMaxStatements = null)
    {
        var formats = new List<RdfFormat>();
        foreach (var name in formatList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RdfFormats.TryFromName(name, out var f))
            {
                stderr.WriteLine($"kg build: unknown format '{name}' (expected ttl, nt, trig, nq, jsonld)");
                return ExitCodes.InputError;
            }
            formats.Add(f);
        }
        if (manifest is not null && !File.Exists(manifest))
        {
            stderr.WriteLine($"kg build: {manifest}: no such manifest file");
            return ExitCodes.InputError;
        }
        if (storeMaxStatements is < 0)
        {
            stderr.WriteLine($"kg build: --store-max-statements must be 0 or more, not {storeMaxStatements}");
            return ExitCodes.InputError;
        }
        var options = new BuildOptions(inputs, output, formats, manifest, update)
        {
            MaxBinaryStoreStatements = storeMaxStatements ?? BuildOptions.DefaultMaxBinaryStoreStatements,
        };
        BuildResult summary;
        try
        {
            var builder = new GraphBuilder(ExtractionResources.Load());
            // Progress only for a person watching a terminal; scripts and tests get the summary alone.
            if (!Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error))
            {
                BuildResult? s = null;
                AnsiConsole.Status().Start("kg build", ctx => { s = builder.Build(options, msg => ctx.Status(msg), ct); });
                summary = s!;
            }
            else summary = builder.Build(options, null, ct);
        }
        catch (OutputFolderBusyException e)
        {
            stderr.WriteLine($"kg build: {e.Message}");
            return ExitCodes.Busy;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BuildStateException)
        {
            stderr.WriteLine($"kg build: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // a bug, not bad input: the previous build in the folder is untouched (nothing is swapped in before the end)
            stderr.WriteLine($"kg build: internal error: {e}");
            return ExitCodes.InternalError;
        }
        foreach (var d in summary.Result.Diagnostics) stderr.WriteLine(d.ToString());
        foreach (var w in summary.MappingWarnings) stderr.WriteLine($"kg build: mapping: {w}");
        WriteSummary(stdout, summary);
        if (stats) WriteStats(stdout, summary);
        if (summary.Result.Articles.Count == 0)
        {
            stderr.WriteLine($"kg build: no article could be read; {output} left unchanged");
            return ExitCodes.InputError;
        }
        return summary.Skipped.Any() ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    /// <summary>Figures for kg bench build, read back from this process by its parent.</summary>
    public static void WriteStats(TextWriter w, BuildResult s)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        w.WriteLine($"stat-articles: {s.Result.Articles.Count}");
        w.WriteLine($"stat-words: {s.Words}");
        w.WriteLine($"stat-analysed: {s.Analysed}");
        w.WriteLine($"stat-reused: {s.Reused}");
        w.WriteLine($"stat-dump-subjects: {s.DumpBlocks.Subjects}");
        w.WriteLine($"stat-dump-subjects-copied: {s.DumpBlocks.Copied}");
        // graph.kgstore: "delta N" (the kept build's store extended with the N statements of the changed subjects), "whole N", or "none"
        w.WriteLine($"stat-store: {(s.Store is null ? "none" : (s.Store.Delta ? "delta " : "whole ") + s.Store.Statements)}");
        w.WriteLine($"stat-elapsed-seconds: {s.Elapsed.TotalSeconds.ToString("0.000", inv)}");
        w.WriteLine($"stat-cpu-seconds: {self.TotalProcessorTime.TotalSeconds.ToString("0.000", inv)}");
        w.WriteLine($"stat-peak-memory-bytes: {PeakMemoryBytes(self)}");
        // where the CPU goes besides the code: collections, their pauses and the bytes allocated (kg bench build, profiling)
        w.WriteLine($"stat-gc-collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
        w.WriteLine($"stat-gc-pause-seconds: {GC.GetTotalPauseDuration().TotalSeconds.ToString("0.000", inv)}");
        w.WriteLine($"stat-gc-allocated-mib: {GC.GetTotalAllocatedBytes() >> 20}");
        foreach (var (name, time) in s.Stages) w.WriteLine($"stat-stage-{name}-seconds: {time.TotalSeconds.ToString("0.000", inv)}");
        foreach (var (name, m) in s.StageMemory) w.WriteLine($"stat-stage-{name}-memory-mib: heap {m.HeapMiB}, resident {m.RssMiB}");
    }

    /// <summary>The resident-set high-water mark (VmHWM on Linux), else the runtime's peak working set.</summary>
    public static long PeakMemoryBytes(System.Diagnostics.Process self)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        return self.PeakWorkingSet64;
    }

    public static void WriteSummary(TextWriter w, BuildResult s)
    {
        var r = s.Result;
        int Count(EntityKind k) => r.Entities.Count(e => e.Kind == k);
        w.WriteLine($"articles:      {r.Articles.Count} ({s.Words} words)");
        w.WriteLine($"persons:       {Count(EntityKind.Person)}");
        w.WriteLine($"organizations: {Count(EntityKind.Organization)}");
        w.WriteLine($"places:        {Count(EntityKind.Place)}");
        w.WriteLine($"posts:         {r.Posts.Count}");
        w.WriteLine($"relations:     {r.Relations.Count}");
        w.WriteLine($"meetings:      {r.Meetings.Count}");
        w.WriteLine($"claims:        {r.Claims.Count} ({r.Claims.Sum(c => c.Appearances.Count)} quotations)");
        w.WriteLine($"statements:    {s.Statements}");
        var skipped = s.Skipped.ToList();
        w.WriteLine($"skipped:       {skipped.Count}");
        foreach (var d in skipped) w.WriteLine($"  {d}");
        if (s.Reused > 0) w.WriteLine($"analysed:      {s.Analysed} ({s.Reused} kept articles' analysis reused)");
        foreach (var m in s.Merges) w.WriteLine($"merged:        {m.Group.ToString().ToLowerInvariant()} {m.RetiredKey} owl:sameAs {m.KeptKey}");
        foreach (var f in s.WrittenFiles) w.WriteLine($"wrote {f}");
    }
}
