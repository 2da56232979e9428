using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench build</c>: generates a seed-like corpus (bench/corpus data), runs <c>kg build</c> on growing prefixes of it
/// in child processes (so each peak-memory figure is that build's own), and reports articles/s, words/s per core and
/// peak memory, beside Jena riot parsing the produced graph and <c>wc -w</c> reading the corpus (named peers, same run).
/// </summary>
public static class BenchBuildCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated corpus sizes in articles (each a prefix of the next).", DefaultValueFactory = _ => "2500,5000,10000" };
        var corpus = new Option<string?>("--corpus") { Description = "Folder for the generated corpus (default: a temporary folder, deleted afterwards)." };
        var data = new Option<string?>("--data") { Description = "The generator's data folder (default: bench/corpus of the repository)." };
        var seed = new Option<int>("--seed") { Description = "Generator seed.", DefaultValueFactory = _ => 20251203 };
        var results = new Option<string?>("--results") { Description = "Also write the Markdown table to this file (e.g. bench/results/build.md)." };
        var baselineUpTo = new Option<int>("--baseline-up-to") { Description = "Largest size the baseline builds (its memory may not allow the largest).", DefaultValueFactory = _ => int.MaxValue };
        var noJena = new Option<bool>("--no-jena") { Description = "Skips the Jena riot peer (minutes of CPU on a large graph)." };
        var baseline = new Option<string?>("--baseline") { Description = "The kg.dll of another version (e.g. main at the start of the work), built on each size right after this one, for a before/after table from one run." };
        var command = new Command("build", "kg build throughput (articles/s, words/s per core) and peak memory on a generated corpus.")
        {
            sizes, corpus, data, seed, results, baseline, baselineUpTo, noJena,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(sizes)!, parse.GetValue(corpus), parse.GetValue(data), parse.GetValue(seed),
            parse.GetValue(results), Console.Out, Console.Error, ct, parse.GetValue(baseline), parse.GetValue(baselineUpTo), parse.GetValue(noJena))));
        return command;
    }

    private sealed record Row(int Articles, long Words, double Elapsed, double Cpu, long PeakBytes, long Statements)
    {
        /// <summary>For a baseline row: whether its graph.ttl and graph.nt have the bytes of this version's.</summary>
        public bool? SameBytes { get; init; }

        /// <summary>"this" for the version that runs the benchmark, "baseline" for <c>--baseline</c>.</summary>
        public string Version { get; init; } = "this";
    }

    public static int Run(string sizeList, string? corpusDir, string? dataDir, int seed, string? resultsPath, TextWriter stdout, TextWriter stderr, CancellationToken ct,
        string? baseline = null, int baselineUpTo = int.MaxValue, bool noJena = false)
    {
        if (baseline is not null && !File.Exists(baseline))
        {
            stderr.WriteLine($"kg bench build: {baseline}: no such kg.dll (--baseline)");
            return ExitCodes.InputError;
        }
        var sizes = new List<int>();
        foreach (var s in sizeList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                stderr.WriteLine($"kg bench build: bad size '{s}' in --sizes");
                return ExitCodes.InputError;
            }
            sizes.Add(n);
        }
        sizes = sizes.Distinct().Order().ToList();
        dataDir ??= BuildCorpusData.FindDefaultDirectory(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (dataDir is null || !Directory.Exists(dataDir))
        {
            stderr.WriteLine("kg bench build: generator data not found: pass --data bench/corpus (run from the repository)");
            return ExitCodes.InputError;
        }
        var data = BuildCorpusData.Load(dataDir);
        bool temporary = corpusDir is null;
        corpusDir ??= Path.Combine(Path.GetTempPath(), $"kg-bench-build-{Environment.ProcessId}");
        var rows = new List<Row>();
        try
        {
            // Corpus in parts, part k holding articles [size(k-1), size(k)): a build of size(k) reads parts 1..k.
            var parts = new List<string>();
            int previous = 0;
            foreach (var size in sizes)
            {
                var part = Path.Combine(corpusDir, $"part-{previous:D6}-{size:D6}");
                if (!Directory.Exists(part) || Directory.GetFiles(part, "*.txt").Length != size - previous)
                {
                    stderr.WriteLine($"generating articles {previous}..{size - 1} into {part}");
                    BuildCorpusGenerator.Generate(data, part, previous, size - previous, seed, ct);
                }
                parts.Add(part);
                previous = size;
            }
            for (int k = 0; k < sizes.Count; k++)
            {
                var output = Path.Combine(corpusDir, $"out-{sizes[k]}");
                stderr.WriteLine($"building {sizes[k]} articles");
                // both builds start from an empty folder: a folder kept from an earlier run holds that build's state.json,
                // and keys kept from another extractor's build (with owl:sameAs for merges) are other bytes and other work
                DeleteFolder(output);
                DeleteFolder(output + "-baseline");
                var row = RunChildBuild(parts.Take(k + 1).ToList(), output, stderr, ct);
                if (row is null) return ExitCodes.ServiceError;
                rows.Add(row);
                stderr.WriteLine("row: " + RowLine(row, true));
                if (baseline is null || sizes[k] > baselineUpTo) continue;
                stderr.WriteLine($"building {sizes[k]} articles with the baseline {baseline}");
                var before = RunChildBuild(parts.Take(k + 1).ToList(), output + "-baseline", stderr, ct, baseline);
                // a baseline that cannot build this size (out of memory) is a result too: the row says so
                var same = before is null ? (bool?)null
                    : SameFile(Path.Combine(output, "graph.ttl"), Path.Combine(output + "-baseline", "graph.ttl"))
                      && SameFile(Path.Combine(output, "graph.nt"), Path.Combine(output + "-baseline", "graph.nt"));
                var b = before is null ? new Row(sizes[k], 0, 0, 0, 0, 0) { Version = "baseline (failed)" } : before with { Version = "baseline", SameBytes = same };
                rows.Add(b);
                stderr.WriteLine("row: " + RowLine(b, true));
                try { Directory.Delete(output + "-baseline", true); } catch (IOException) { }
            }
            var largestOut = Path.Combine(corpusDir, $"out-{sizes[^1]}");
            rows = rows.Where(r => r.Version == "this").Concat(rows.Where(r => r.Version != "this")).ToList();
            var riot = noJena ? new PeerRun("java", 0, "skipped (--no-jena)", false) : RunPeer("java", new[] { "-cp", JenaClasspath() ?? "", "riotcmd.riot", "--count", Path.Combine(largestOut, "graph.nt") }, ct);
            var wc = RunPeer("sh", new[] { "-c", "cat \"$@\" | wc -w", "sh" }.Concat(parts.SelectMany(p => Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal))).ToArray(), ct);
            var table = Table(rows, sizes[^1], riot, wc, dataDir, seed);
            stdout.Write(table);
            if (resultsPath is not null) AtomicFile.WriteText(resultsPath, w => w.Write(table));
            return ExitCodes.Ok;
        }
        finally
        {
            if (temporary)
                try { Directory.Delete(corpusDir, true); } catch (IOException) { }
        }
    }

    private static string? JenaClasspath()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var f = Path.Combine(dir, ".tools", "jena.classpath");
            if (File.Exists(f)) return File.ReadAllText(f).Trim();
        }
        var cwd = Path.Combine(Directory.GetCurrentDirectory(), ".tools", "jena.classpath");
        return File.Exists(cwd) ? File.ReadAllText(cwd).Trim() : null;
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    /// <summary>Runs this very program's build in a child process, with --stats.</summary>
    private static Row? RunChildBuild(IReadOnlyList<string> inputs, string output, TextWriter stderr, CancellationToken ct, string? otherKg = null)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        psi.FileName = host;
        if (otherKg is not null)
        {
            // another version's kg.dll runs under the dotnet host
            psi.FileName = Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
            psi.ArgumentList.Add(otherKg);
        }
        else if (Path.GetFileNameWithoutExtension(host) == "dotnet") psi.ArgumentList.Add(typeof(Program).Assembly.Location);
        psi.ArgumentList.Add("build");
        foreach (var i in inputs) psi.ArgumentList.Add(i);
        foreach (var a in new[] { "-o", output, "--format", "ttl,nt", "--stats" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync(ct);
        var outText = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var stats = outText.Split('\n').Select(l => l.Split(':', 2)).Where(f => f.Length == 2).GroupBy(f => f[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        if (!stats.ContainsKey("stat-words"))
        {
            stderr.WriteLine($"kg bench build: the child build failed (exit {p.ExitCode}): {err.Result}");
            return null;
        }
        double D(string k) => double.Parse(stats[k], CultureInfo.InvariantCulture);
        long L(string k) => long.Parse(stats[k].Split(' ')[0], CultureInfo.InvariantCulture);
        return new Row((int)L("stat-articles"), L("stat-words"), D("stat-elapsed-seconds"), D("stat-cpu-seconds"), L("stat-peak-memory-bytes"), L("statements"));
    }

    private sealed record PeerRun(string Name, double Seconds, string Output, bool Ok);

    private static PeerRun RunPeer(string file, string[] args, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync(ct);
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return new PeerRun(file, clock.Elapsed.TotalSeconds, (output + err.Result).Trim(), p.ExitCode == 0);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new PeerRun(file, 0, e.Message, false);
        }
    }

    private static bool SameFile(string a, string b)
    {
        if (!File.Exists(a) || !File.Exists(b) || new FileInfo(a).Length != new FileInfo(b).Length) return false;
        using var x = File.OpenRead(a);
        using var y = File.OpenRead(b);
        var bx = new byte[1 << 16];
        var by = new byte[1 << 16];
        int n;
        while ((n = x.ReadAtLeast(bx, bx.Length, throwOnEndOfStream: false)) > 0)
        {
            if (y.ReadAtLeast(by, n, throwOnEndOfStream: false) != n || !bx.AsSpan(0, n).SequenceEqual(by.AsSpan(0, n))) return false;
        }
        return true;
    }

    private static string RowLine(Row r, bool versions)
    {
        var inv = CultureInfo.InvariantCulture;
        var version = versions ? $"| {r.Version}{(r.SameBytes is { } same ? same ? " (same bytes)" : " (DIFFERENT bytes)" : "")} " : "";
        if (r.Words == 0) return $"{version}| {r.Articles} | – | – | – | – | – | – | – | – | – |";
        return string.Create(inv, $"{version}| {r.Articles} | {r.Words} | {r.Statements} | {r.Elapsed:0.00} | {r.Cpu:0.00} | {r.Articles / r.Elapsed:0} | {r.Words / r.Elapsed:0} | {r.Words / r.Cpu:0} | {r.PeakBytes / 1048576.0:0} | {r.PeakBytes / 1048576.0 / r.Articles * 1000:0.0} |");
    }

    private static string Table(List<Row> rows, int largest, PeerRun riot, PeerRun wc, string dataDir, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        bool versions = rows.Any(r => r.Version != "this");
        sb.AppendLine((versions ? "| kg " : "") + "| articles | words | statements | wall s | CPU s | articles/s | words/s (wall) | words/s per core (CPU) | peak RSS MiB | MiB per 1k articles |");
        sb.AppendLine((versions ? "|---" : "") + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows) sb.AppendLine(RowLine(r, versions));
        sb.AppendLine();
        sb.AppendLine(string.Create(inv, $"Peers, same run: Jena riot --count on the {largest}-article graph.nt: {riot.Seconds:0.00} s ({(riot.Ok ? riot.Output.Split('\n').LastOrDefault(l => l.Contains("Triples", StringComparison.OrdinalIgnoreCase)) ?? riot.Output.Split('\n').Last() : "not available: " + riot.Output.Split('\n').First())}); `cat | wc -w` over the same corpus: {wc.Seconds:0.00} s ({wc.Output} words by wc's definition)."));
        sb.AppendLine(string.Create(inv, $"Corpus: generated from {Path.GetFullPath(dataDir)} with seed {seed}; {Environment.ProcessorCount} cores visible; .NET {Environment.Version}."));
        return sb.ToString();
    }
}
