using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench rdf</c>: N-Triples parse, parse+write and load throughput with peak memory, measured in
/// one run beside rapper and Jena riot on the same generated file. Every contender, kg included, runs
/// as its own process under /usr/bin/time -v, so wall time includes start-up for all and peak RSS is
/// measured the same way for all. The kg steps re-invoke this executable with the hidden --step option.
/// </summary>
public static class BenchRdfCommand
{
    public static Command Create()
    {
        var triples = new Option<long>("--triples", "-n") { Description = "Statements in the generated file", DefaultValueFactory = _ => 1_000_000 };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder for the generated data file", DefaultValueFactory = _ => Path.Combine("bench", "results", "tmp") };
        var report = new Option<string>("--report") { Description = "Markdown report to write", DefaultValueFactory = _ => Path.Combine("bench", "results", "rdf-io.md") };
        var step = new Option<string?>("--step") { Description = "Internal: run one kg step (parse, write, load, kgstore, generate-kg) on --input", Hidden = true };
        var input = new Option<string?>("--input") { Description = "Internal: the file for --step", Hidden = true };

        var command = new Command("rdf", "N-Triples parse and write throughput and peak memory, beside rapper and Jena riot.");
        command.Add(triples);
        command.Add(outDir);
        command.Add(report);
        command.Add(step);
        command.Add(input);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var stepName = parseResult.GetValue(step);
            if (stepName is not null)
                return Task.FromResult(BenchRdfSteps.Run(stepName, parseResult.GetValue(input), output, error, cancellationToken, parseResult.GetValue(triples)));
            return Task.FromResult(BenchRdfRunner.Run(parseResult.GetValue(triples), parseResult.GetValue(outDir)!,
                parseResult.GetValue(report)!, output, error, cancellationToken));
        });
        return command;
    }
}

/// <summary>The kg side of the benchmark, one step per process so that its peak RSS is its own.</summary>
public static class BenchRdfSteps
{
    public static int Run(string step, string? input, TextWriter output, TextWriter error, CancellationToken cancellationToken, long triples = 1_000_000)
    {
        if (step == "generate-kg" && input is not null)
        {
            // the data of bench/rdf-start.sh and bench/rdf-convert.sh: N-Triples shaped like kg build output
            long written = BenchSparqlDataGenerator.Write(input, triples, cancellationToken);
            error.WriteLine($"kg-bench: count={written} bytes={new FileInfo(input).Length}");
            return ExitCodes.Ok;
        }
        if (step == "kgstore" && input is not null && File.Exists(input))
        {
            // the binary store kg build would write beside this dump: loaded as kg serve loads it, then saved
            var loaded = new MemoryStore();
            RdfLoader.LoadFile(loaded, input, null, documentIndex: 1, cancellationToken: cancellationToken);
            var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, BinaryStore.FileName);
            BinaryStore.Save(loaded, target, BinaryStoreSource.Of(input), cancellationToken);
            error.WriteLine($"kg-bench: count={loaded.Count} bytes={new FileInfo(target).Length}");
            return ExitCodes.Ok;
        }
        if (input is null || !File.Exists(input))
        {
            error.WriteLine($"kg bench rdf --step {step}: --input FILE is required and must exist");
            return ExitCodes.InputError;
        }
        var options = new RdfReaderOptions(input);
        var clock = Stopwatch.StartNew();
        long count = 0;
        using var reader = RdfText.OpenFile(input);
        var quads = new NTriplesParser().Read(reader, options, cancellationToken);
        switch (step)
        {
            case "parse":
                foreach (var _ in quads) count++;
                error.WriteLine($"kg-bench: count={count} seconds={clock.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)}");
                return ExitCodes.Ok;
            case "write":
                // To stdout, like rapper and riot, so that all three pay for the same pipe.
                using (var sink = new StreamWriter(Console.OpenStandardOutput(), AtomicFile.Utf8NoBom, 1 << 16))
                {
                    new NTriplesWriter().Write(sink, Counted(quads, () => count++), new RdfWriterOptions(), cancellationToken);
                }
                error.WriteLine($"kg-bench: count={count} seconds={clock.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)}");
                return ExitCodes.Ok;
            case "load":
                long before = GC.GetTotalMemory(forceFullCollection: true);
                var store = new MemoryStore();
                store.AddRange(quads, cancellationToken);
                var seconds = clock.Elapsed.TotalSeconds;
                long after = GC.GetTotalMemory(forceFullCollection: true);
                count = store.Count;
                GC.KeepAlive(store);
                error.WriteLine($"kg-bench: count={count} seconds={seconds.ToString("F3", CultureInfo.InvariantCulture)} heap_bytes={after - before}");
                return ExitCodes.Ok;
            default:
                error.WriteLine($"kg bench rdf: unknown step \"{step}\" (parse, write, load)");
                return ExitCodes.InputError;
        }
    }

    private static IEnumerable<Quad> Counted(IEnumerable<Quad> quads, Action onEach)
    {
        foreach (var q in quads)
        {
            onEach();
            yield return q;
        }
    }
}
