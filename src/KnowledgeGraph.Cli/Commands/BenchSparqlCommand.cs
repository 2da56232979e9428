using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg bench sparql: generates a graph shaped like kg build output (N-Triples, ≥ 1M triples by default), then in one
/// run measures this engine (load time, median latency per query after warm-up, peak memory) and Jena ARQ in memory
/// on the same file in one JVM (bench/jena/JenaSparqlRunner.java), and writes a Markdown table.
/// </summary>
public static class BenchSparqlCommand
{
    public static Command Create()
    {
        var triples = new Option<long>("--triples") { Description = "approximate size of the generated graph", DefaultValueFactory = _ => 1_000_000 };
        var runs = new Option<int>("--runs") { Description = "timed runs per query (the median is reported)", DefaultValueFactory = _ => 5 };
        var warmup = new Option<int>("--warmup") { Description = "untimed runs per query first", DefaultValueFactory = _ => 2 };
        var queries = new Option<string?>("--queries") { Description = "folder of .rq files (default bench/sparql)" };
        var work = new Option<string?>("--work") { Description = "folder for the generated data and the compiled Jena runner (default bench/work)" };
        var output = new Option<string?>("--output", "-o") { Description = "Markdown report (default bench/results/sparql.md)" };
        var noJena = new Option<bool>("--no-jena") { Description = "measure this engine only" };

        var command = new Command("sparql", "SPARQL load time and per-query latency, beside Jena ARQ in memory.");
        foreach (var o in new Option[] { triples, runs, warmup, queries, work, output, noJena }) command.Add(o);
        command.SetAction((parseResult, ct) =>
        {
            try
            {
                var root = FindRepoRoot();
                return Task.FromResult(Run(
                    parseResult.GetValue(triples), parseResult.GetValue(runs), parseResult.GetValue(warmup),
                    parseResult.GetValue(queries) ?? Path.Combine(root, "bench", "sparql"),
                    parseResult.GetValue(work) ?? Path.Combine(root, "bench", "work"),
                    parseResult.GetValue(output) ?? Path.Combine(root, "bench", "results", "sparql.md"),
                    !parseResult.GetValue(noJena), root, ct));
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException)
            {
                Console.Error.WriteLine($"kg bench sparql: {e.Message}");
                return Task.FromResult(ExitCodes.InputError);
            }
        });
        return command;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository (KnowledgeGraph.sln not found above the current folder)");
    }

    private sealed record QueryTiming(string Name, long Rows, double MedianMs);

    private static int Run(long triples, int runs, int warmup, string queryDir, string workDir, string outputPath, bool withJena,
        string root, CancellationToken ct)
    {
        Directory.CreateDirectory(workDir);
        var data = Path.Combine(workDir, $"kg-bench-{triples}.nt");
        long generated;
        if (!File.Exists(data))
        {
            Console.Error.WriteLine($"generating {data} …");
            var tmp = data + ".tmp";
            generated = BenchSparqlDataGenerator.Write(tmp, triples, ct);
            File.Move(tmp, data, overwrite: true);
        }
        var queryFiles = Directory.EnumerateFiles(queryDir, "*.rq").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (queryFiles.Count == 0) throw new InvalidOperationException($"{queryDir}: no .rq files");

        // --- this engine ---
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var store = new MemoryStore();
        RdfLoader.LoadFile(store, data, cancellationToken: ct);
        double loadMs = watch.Elapsed.TotalMilliseconds;
        generated = store.Count;
        long heapAfterLoad = GC.GetTotalMemory(forceFullCollection: true);
        Console.Error.WriteLine($"kg: loaded {store.Count:N0} triples in {loadMs:N0} ms");
        var processor = new SparqlQueryProcessor(store);
        var options = new SparqlQueryOptions(Timeout: TimeSpan.FromMinutes(5));
        var ours = new List<QueryTiming>();
        foreach (var file in queryFiles)
        {
            var query = SparqlParser.ParseQuery(File.ReadAllText(file));
            long rows = 0;
            var times = new List<double>();
            for (int r = 0; r < warmup + runs; r++)
            {
                var sw = Stopwatch.StartNew();
                rows = Consume(processor.Execute(query, options, ct));
                if (r >= warmup) times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            ours.Add(new QueryTiming(Path.GetFileNameWithoutExtension(file), rows, times[times.Count / 2]));
            Console.Error.WriteLine($"kg: {ours[^1].Name}: {rows} rows, median {ours[^1].MedianMs:N2} ms");
        }
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;

        // --- Jena ARQ ---
        double jenaLoad = double.NaN;
        long jenaHeap = 0, jenaPeakKb = 0;
        var jena = new Dictionary<string, QueryTiming>();
        string jenaNote = "not run (--no-jena)";
        if (withJena)
        {
            var (lines, peakKb) = RunJena(root, workDir, data, warmup, runs, queryFiles, ct);
            jenaPeakKb = peakKb;
            foreach (var line in lines)
            {
                var parts = line.Split(' ');
                switch (parts[0])
                {
                    case "load": jenaLoad = double.Parse(parts[1], CultureInfo.InvariantCulture); break;
                    case "heap": jenaHeap = long.Parse(parts[1], CultureInfo.InvariantCulture); break;
                    case "query":
                        jena[parts[1]] = new QueryTiming(parts[1], long.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
                        break;
                }
            }
            jenaNote = "Jena ARQ (Debian libapache-jena-java), in-memory dataset, one JVM (`java -Xmx8g`), same warm-up and runs";
        }

        var md = new StringBuilder();
        md.Append("# SPARQL benchmark: kg vs Jena ARQ\n\n");
        md.Append($"Command: `kg bench sparql --triples {triples} --runs {runs} --warmup {warmup}` (or `bench/sparql.sh`), ");
        md.Append($"data: {generated:N0} triples generated by BenchSparqlDataGenerator (N-Triples, shaped like kg build output), ");
        md.Append($"queries: `bench/sparql/*.rq`. Peer: {jenaNote}. Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}.\n\n");
        md.Append("Latency is the median of the timed runs, after warm-up, with every solution enumerated; the query is parsed once in both engines.\n\n");
        md.Append("| measure | kg | Jena ARQ | kg / Jena |\n|---|---:|---:|---:|\n");
        md.Append($"| load N-Triples into memory (ms) | {loadMs:0} | {Fmt(jenaLoad, "0")} | {Ratio(loadMs, jenaLoad)} |\n");
        md.Append($"| heap after load, after full GC (MB) | {heapAfterLoad / 1048576.0:0} | {(jenaHeap > 0 ? (jenaHeap / 1048576.0).ToString("0", CultureInfo.InvariantCulture) : "–")} | {Ratio(heapAfterLoad, jenaHeap)} |\n");
        md.Append($"| peak resident memory of the whole run (MB) | {peak / 1048576.0:0} | {(jenaPeakKb > 0 ? (jenaPeakKb / 1024.0).ToString("0", CultureInfo.InvariantCulture) : "–")} | {Ratio(peak, jenaPeakKb * 1024.0)} |\n\n");
        md.Append("| query | rows kg | rows Jena | kg median (ms) | Jena median (ms) | kg / Jena |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var q in ours)
        {
            jena.TryGetValue(q.Name, out var j);
            md.Append($"| {q.Name} | {q.Rows} | {(j is null ? "–" : j.Rows.ToString(CultureInfo.InvariantCulture))} | {q.MedianMs:0.00} | {(j is null ? "–" : j.MedianMs.ToString("0.00", CultureInfo.InvariantCulture))} | {Ratio(q.MedianMs, j?.MedianMs ?? double.NaN)} |\n");
        }
        md.Append("\nRatios below 1 mean kg is faster (or smaller).\n");
        AtomicFile.WriteText(outputPath, w => w.Write(md.ToString()));
        Console.Out.Write(md.ToString());
        return ExitCodes.Ok;
    }

    private static string Fmt(double v, string format) => double.IsNaN(v) ? "–" : v.ToString(format, CultureInfo.InvariantCulture);

    private static string Ratio(double ours, double theirs) =>
        double.IsNaN(theirs) || theirs <= 0 ? "–" : (ours / theirs).ToString("0.00", CultureInfo.InvariantCulture);

    private static long Consume(SparqlResult result) => result.Kind switch
    {
        SparqlResultKind.Boolean => result.Boolean ? 1 : 0,
        SparqlResultKind.Bindings => result.Solutions.LongCount(),
        _ => result.Triples.LongCount(),
    };

    /// <summary>Compiles and runs the Jena runner under /usr/bin/time to read its peak resident memory.</summary>
    private static (List<string> Lines, long PeakKb) RunJena(string root, string workDir, string data, int warmup, int runs,
        List<string> queryFiles, CancellationToken ct)
    {
        var cpFile = Path.Combine(root, ".tools", "jena.classpath");
        if (!File.Exists(cpFile)) throw new InvalidOperationException($"{cpFile} is missing: run scripts/install-tools.sh first");
        var classpath = File.ReadAllText(cpFile).Trim();
        var classes = Path.Combine(workDir, "jena-classes");
        Directory.CreateDirectory(classes);
        Exec("javac", ["-cp", classpath, "-d", classes, Path.Combine(root, "bench", "jena", "JenaSparqlRunner.java")], ct);
        string[] args = ["-f", "peak_kb %M", "java", "-Xmx8g", "-cp", classes + ":" + classpath, "JenaSparqlRunner", "bench", data,
            warmup.ToString(CultureInfo.InvariantCulture), runs.ToString(CultureInfo.InvariantCulture), .. queryFiles];
        var (stdout, stderr) = Exec("/usr/bin/time", args, ct);
        long peakKb = 0;
        foreach (var line in stderr.Split('\n'))
            if (line.StartsWith("peak_kb ", StringComparison.Ordinal)) peakKb = long.Parse(line[8..].Trim(), CultureInfo.InvariantCulture);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)) Console.Error.WriteLine("jena: " + line);
        return (stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList(), peakKb);
    }

    private static (string Stdout, string Stderr) Exec(string tool, IEnumerable<string> args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {tool}");
        var o = p.StandardOutput.ReadToEndAsync(ct);
        var e = p.StandardError.ReadToEndAsync(ct);
        p.WaitForExitAsync(ct).GetAwaiter().GetResult();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({p.ExitCode}): {e.Result}");
        return (o.Result, e.Result);
    }
}
