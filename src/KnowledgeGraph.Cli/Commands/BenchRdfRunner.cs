using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>One measured process: wall time and peak resident memory from /usr/bin/time -v.</summary>
public sealed record BenchRdfMeasure(string Tool, string Task, string CommandLine, int ExitCode, double Seconds, long PeakRssKb, string Note);

/// <summary>Generates the data, runs every contender under /usr/bin/time -v, writes the markdown table.</summary>
public static partial class BenchRdfRunner
{
    private const string TimeTool = "/usr/bin/time";

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    [GeneratedRegex(@"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)")]
    private static partial Regex Wall();

    public static int Run(long triples, string outDir, string reportPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(TimeTool))
        {
            error.WriteLine("kg bench rdf: /usr/bin/time is missing (apt-get install time): it measures peak memory of every contender");
            return ExitCodes.InputError;
        }
        Directory.CreateDirectory(outDir);
        // Relative to the working folder when inside it, so the report's command lines are portable.
        var full = Path.GetFullPath(Path.Combine(outDir, $"bench-{triples}.nt"));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var data = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        long written;
        if (File.Exists(data) && File.Exists(data + ".count"))
            written = long.Parse(File.ReadAllText(data + ".count").Trim(), CultureInfo.InvariantCulture);
        else
        {
            error.WriteLine($"generating {data} ...");
            written = BenchRdfData.Generate(data, triples, cancellationToken);
            File.WriteAllText(data + ".count", written.ToString(CultureInfo.InvariantCulture));
        }
        var size = new FileInfo(data).Length;
        error.WriteLine($"data: {data} ({written:N0} triples, {size / 1048576.0:F1} MiB)");

        var self = SelfCommand();
        var jena = JenaClasspath();
        var runs = new List<(string Tool, string Task, string Program, List<string> Args)>
        {
            ("kg", "parse (count)", self[0], [.. self.Skip(1), "bench", "rdf", "--step", "parse", "--input", data]),
            ("kg", "parse + write N-Triples", self[0], [.. self.Skip(1), "bench", "rdf", "--step", "write", "--input", data]),
            ("kg", "load into MemoryStore", self[0], [.. self.Skip(1), "bench", "rdf", "--step", "load", "--input", data]),
            ("rapper", "parse (count)", "rapper", ["-i", "ntriples", "-c", data]),
            ("rapper", "parse + write N-Triples", "rapper", ["-q", "-i", "ntriples", "-o", "ntriples", data]),
        };
        if (jena is not null)
        {
            runs.Add(("riot", "parse (count)", "java", ["-cp", jena, "riotcmd.riot", "--count", data]));
            runs.Add(("riot", "parse + write N-Triples", "java", ["-cp", jena, "riotcmd.riot", "--output=nt", data]));
        }
        else error.WriteLine("kg bench rdf: .tools/jena.classpath not found (run scripts/install-tools.sh): riot skipped");

        var results = new List<BenchRdfMeasure>();
        foreach (var (tool, task, program, args) in runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            error.WriteLine($"running {tool}: {task} ...");
            var m = Measure(tool, task, program, args, cancellationToken);
            error.WriteLine($"  {m.Seconds:F2} s, {m.PeakRssKb / 1024.0:F0} MiB peak{(m.ExitCode != 0 ? $", exit {m.ExitCode}" : "")} {m.Note}");
            results.Add(m);
        }
        var markdown = Report(written, size, data, results);
        AtomicFile.WriteText(reportPath, w => w.Write(markdown));
        output.Write(markdown);
        return results.Any(r => r.ExitCode != 0) ? ExitCodes.PartialFailure : ExitCodes.Ok;
    }

    /// <summary>How to start this same kg: the apphost, or dotnet with kg.dll.</summary>
    private static List<string> SelfCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var entry = Assembly.GetEntryAssembly()?.Location;
        if (Path.GetFileNameWithoutExtension(process) == "dotnet" && entry is not null && entry.EndsWith("kg.dll", StringComparison.Ordinal))
            return [process, entry];
        if (Path.GetFileNameWithoutExtension(process) == "kg") return [process];
        // Under a test host: fall back to the kg.dll beside this assembly.
        var beside = Path.Combine(AppContext.BaseDirectory, "kg.dll");
        return ["dotnet", beside];
    }

    private static string? JenaClasspath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, ".tools", "jena.classpath");
            if (File.Exists(file)) return File.ReadAllText(file).Trim();
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) break;
        }
        return null;
    }

    private static BenchRdfMeasure Measure(string tool, string task, string program, List<string> args, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(TimeTool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-v");
        psi.ArgumentList.Add(program);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var commandLine = string.Join(' ', new[] { program }.Concat(args).Select(a => a.Contains(':') && a.Length > 80 ? "\"$(cat .tools/jena.classpath)\"" : a));
        using var process = Process.Start(psi)!;
        // stdout can be large (parse + write): drain it without keeping it, except for a short head.
        var head = new StringBuilder();
        var drain = Task.Run(() =>
        {
            var buffer = new char[1 << 16];
            int n;
            while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                if (head.Length < 400) head.Append(buffer, 0, Math.Min(n, 400));
        });
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        process.WaitForExit();
        drain.Wait(cancellationToken);
        var timeOutput = stderr.Result;
        var rss = MaxRss().Match(timeOutput);
        var wall = Wall().Match(timeOutput);
        double seconds = 0;
        if (wall.Success)
            seconds = (wall.Groups[1].Success ? int.Parse(wall.Groups[1].Value, CultureInfo.InvariantCulture) * 3600 : 0)
                + int.Parse(wall.Groups[2].Value, CultureInfo.InvariantCulture) * 60
                + double.Parse(wall.Groups[3].Value, CultureInfo.InvariantCulture);
        // kg prints its own figures (count, in-process seconds, heap); rapper -c and riot --count print counts.
        var note = tool == "kg" ? string.Join(' ', timeOutput.Split('\n').Where(l => l.StartsWith("kg-bench: ", StringComparison.Ordinal)).Select(l => l["kg-bench: ".Length..])).Trim()
            : string.Join(' ', (head.ToString() + "\n" + timeOutput).Split('\n')
                .Where(l => l.Contains("returned", StringComparison.Ordinal) || l.Contains("Triples =", StringComparison.Ordinal)).Take(1)).Trim();
        if (note.Length > 120) note = note[..120];
        return new BenchRdfMeasure(tool, task, commandLine, process.ExitCode, seconds, rss.Success ? long.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) : 0, note);
    }

    private static string Report(long triples, long bytes, string data, List<BenchRdfMeasure> results)
    {
        var sb = new StringBuilder();
        sb.Append("# RDF I/O benchmark: N-Triples parse, write and load\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Data: `{Path.GetFileName(data)}`, {triples:N0} triples, {bytes / 1048576.0:F1} MiB, generated by `kg bench rdf` ");
        sb.Append("(French literals with accents, « », apostrophes, escaped quotes and line breaks; language tags; xsd:date and xsd:integer; blank nodes).\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}. ");
        sb.Append("Every row is a separate process under `/usr/bin/time -v`: wall time includes process start-up (JVM and .NET alike); peak memory is the maximum resident set size. ");
        sb.Append("The cores may be shared with other work: compare rows of one run, not runs of different days.\n\n");
        sb.Append("| tool | task | wall s | triples/s | peak RSS MiB | exit | notes |\n|---|---|---:|---:|---:|---:|---|\n");
        foreach (var r in results)
        {
            var rate = r.Seconds > 0 ? (triples / r.Seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
            var note = r.Note.Replace("|", "\\|");
            if (r.Tool == "kg" && r.Task.StartsWith("load", StringComparison.Ordinal))
            {
                var heap = Regex.Match(r.Note, @"heap_bytes=(\d+)");
                if (heap.Success) note += $" → {long.Parse(heap.Groups[1].Value, CultureInfo.InvariantCulture) / (double)triples:F0} bytes of GC heap per triple";
            }
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Tool} | {r.Task} | {r.Seconds:F2} | {rate} | {r.PeakRssKb / 1024.0:F0} | {r.ExitCode} | {note} |\n");
        }
        sb.Append("\nCommand lines (run from the repository root):\n\n```\n");
        foreach (var r in results) sb.Append(TimeTool).Append(" -v ").Append(r.CommandLine).Append('\n');
        sb.Append("```\n");
        return sb.ToString();
    }
}
