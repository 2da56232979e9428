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
        var command = new Command("build", "kg build throughput (articles/s, words/s per core) and peak memory on a generated corpus.")
        {
            sizes, corpus, data, seed, results,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(sizes)!, parse.GetValue(corpus), parse.GetValue(data), parse.GetValue(seed),
            parse.GetValue(results), Console.Out, Console.Error, ct)));
        return command;
    }

    private sealed record Row(int Articles, long Words, double Elapsed, double Cpu, long PeakBytes, long Statements);

    public static int Run(string sizeList, string? corpusDir, string? dataDir, int seed, string? resultsPath, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
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
                var row = RunChildBuild(parts.Take(k + 1).ToList(), output, stderr, ct);
                if (row is null) return ExitCodes.ServiceError;
                rows.Add(row);
            }
            var largestOut = Path.Combine(corpusDir, $"out-{sizes[^1]}");
            var riot = RunPeer("java", new[] { "-cp", JenaClasspath() ?? "", "riotcmd.riot", "--count", Path.Combine(largestOut, "graph.nt") }, ct);
            var wc = RunPeer("sh", new[] { "-c", "cat \"$@\" | wc -w", "sh" }.Concat(parts.SelectMany(p => Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal))).ToArray(), ct);
            var table = Table(rows, riot, wc, dataDir, seed);
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

    /// <summary>Runs this very program's build in a child process, with --stats.</summary>
    private static Row? RunChildBuild(IReadOnlyList<string> inputs, string output, TextWriter stderr, CancellationToken ct)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        psi.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") psi.ArgumentList.Add(typeof(Program).Assembly.Location);
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

    private static string Table(List<Row> rows, PeerRun riot, PeerRun wc, string dataDir, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| articles | words | statements | wall s | CPU s | articles/s | words/s (wall) | words/s per core (CPU) | peak RSS MiB | MiB per 1k articles |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(string.Create(inv, $"| {r.Articles} | {r.Words} | {r.Statements} | {r.Elapsed:0.00} | {r.Cpu:0.00} | {r.Articles / r.Elapsed:0} | {r.Words / r.Elapsed:0} | {r.Words / r.Cpu:0} | {r.PeakBytes / 1048576.0:0} | {r.PeakBytes / 1048576.0 / r.Articles * 1000:0.0} |"));
        }
        sb.AppendLine();
        sb.AppendLine(string.Create(inv, $"Peers, same run: Jena riot --count on the {rows[^1].Articles}-article graph.nt: {riot.Seconds:0.00} s ({(riot.Ok ? riot.Output.Split('\n').LastOrDefault(l => l.Contains("Triples", StringComparison.OrdinalIgnoreCase)) ?? riot.Output.Split('\n').Last() : "not available: " + riot.Output.Split('\n').First())}); `cat | wc -w` over the same corpus: {wc.Seconds:0.00} s ({wc.Output} words by wc's definition)."));
        sb.AppendLine(string.Create(inv, $"Corpus: generated from {Path.GetFullPath(dataDir)} with seed {seed}; {Environment.ProcessorCount} cores visible; .NET {Environment.Version}."));
        return sb.ToString();
    }
}
