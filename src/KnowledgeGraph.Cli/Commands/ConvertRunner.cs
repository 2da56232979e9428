using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <param name="Inputs">Input paths; "-" is stdin.</param>
/// <param name="Output">Output path; "-" is stdout.</param>
public sealed record ConvertRequest(
    IReadOnlyList<string> Inputs,
    string Output,
    string? From = null,
    string? To = null,
    string? BaseIri = null,
    bool Strict = false,
    bool JsonLdExpanded = false);

/// <summary>
/// Runs a conversion. Nothing partial is ever written: a file goes through <see cref="AtomicFile"/>,
/// and stdout output is staged in a temporary file and copied out only once the conversion succeeded.
/// </summary>
public static class ConvertRunner
{
    private const string StdStream = "-";

    /// <summary>Namespaces every output may use even when the input declares none.</summary>
    private static IEnumerable<KeyValuePair<string, string>> DefaultPrefixes =>
    [
        new("rdf", Vocabulary.Rdf),
        new("rdfs", Vocabulary.Rdfs),
        new("xsd", Vocabulary.Xsd),
    ];

    public static int Run(ConvertRequest request, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            if (request.Inputs.Count == 0 || request.Output.Length == 0)
                return Fail(stderr, "expected at least one input and one output: kg convert IN [IN...] OUT");
            if (request.Inputs.Count(i => i == StdStream) > 1)
                return Fail(stderr, "stdin (-) can be read only once");

            var inputFormats = new List<RdfFormat>();
            foreach (var input in request.Inputs)
            {
                if (!TryFormat(request.From, input, "--from", out var f, out var problem)) return Fail(stderr, problem);
                if (input != StdStream && !File.Exists(input)) return Fail(stderr, $"{input}: no such file");
                inputFormats.Add(f);
            }
            if (!TryFormat(request.To, request.Output, "--to", out var outputFormat, out var outProblem)) return Fail(stderr, outProblem);

            var namespaces = new NamespaceMap();
            var quads = ReadAll(request, inputFormats, namespaces, openStdin, stderr, cancellationToken);
            var writer = RdfFormats.CreateWriter(outputFormat);
            // JSON-LD is written from the whole dataset in memory; Turtle and TriG sort within bounded memory (runs
            // spilled to disk past the writer's budget) and the line formats stream.
            bool buffered = outputFormat is RdfFormat.JsonLd;
            long count = 0;
            void Write(TextWriter target)
            {
                IEnumerable<Quad> source = quads;
                if (buffered)
                {
                    var list = quads.ToList();
                    source = list;
                }
                var counted = Count(source, n => count = n);
                // Grouping writers read the prefixes after the input is consumed, so that every declaration is known.
                var prefixes = new DeferredList<KeyValuePair<string, string>>(() => Prefixes(namespaces));
                writer.Write(target, counted, new RdfWriterOptions(prefixes, null, !request.JsonLdExpanded), cancellationToken);
            }

            if (request.Output == StdStream) WriteToStdout(stdout, Write);
            else if (!Console.IsOutputRedirected && !Console.IsErrorRedirected)
            {
                // On a terminal, a spinner says the conversion is alive; redirected runs stay quiet.
                Spectre.Console.AnsiConsole.Status().Start($"Converting to {request.Output}…", _ => AtomicFile.WriteText(request.Output, Write));
            }
            else AtomicFile.WriteText(request.Output, Write);
            if (!Console.IsErrorRedirected && request.Output != StdStream)
                stderr.WriteLine($"kg convert: {count} statements written to {request.Output}");
            return ExitCodes.Ok;
        }
        catch (RdfSyntaxException e)
        {
            return Fail(stderr, e.Message, prefix: false);
        }
        catch (RdfWriterException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (IOException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(stderr, e.Message);
        }
    }

    private static int Fail(TextWriter stderr, string message, bool prefix = true)
    {
        stderr.WriteLine(prefix ? "kg convert: " + message : message);
        return ExitCodes.InputError;
    }

    private static bool TryFormat(string? name, string path, string optionName, out RdfFormat format, out string problem)
    {
        problem = "";
        if (name is not null)
        {
            if (RdfFormats.TryFromName(name, out format)) return true;
            problem = $"unknown format \"{name}\" for {optionName} (expected ttl, nt, nq, trig or jsonld)";
            return false;
        }
        if (path == StdStream)
        {
            format = default;
            problem = $"cannot tell the format of {(optionName == "--from" ? "stdin" : "stdout")}: give {optionName}";
            return false;
        }
        if (RdfFormats.TryFromExtension(path, out format)) return true;
        problem = $"{path}: unknown RDF file extension (expected .ttl .nt .nq .trig .jsonld, or give {optionName})";
        return false;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Prefixes(NamespaceMap fromInput)
    {
        var entries = fromInput.Entries.ToList();
        foreach (var d in DefaultPrefixes)
            if (!entries.Any(e => e.Key == d.Key || e.Value == d.Value)) entries.Add(d);
        return entries;
    }

    /// <summary>All inputs as one lazy sequence; several inputs get distinct blank node prefixes so they never merge.</summary>
    private static IEnumerable<Quad> ReadAll(ConvertRequest request, List<RdfFormat> formats, NamespaceMap namespaces,
        Func<Stream> openStdin, TextWriter stderr, CancellationToken cancellationToken)
    {
        for (int i = 0; i < request.Inputs.Count; i++)
        {
            var input = request.Inputs[i];
            bool stdin = input == StdStream;
            string source = stdin ? "<stdin>" : input;
            string? baseIri = request.BaseIri ?? (stdin ? null : new Uri(Path.GetFullPath(input)).AbsoluteUri);
            var options = new RdfReaderOptions(
                source, baseIri,
                request.Inputs.Count > 1 ? $"d{i + 1}_" : "",
                namespaces,
                w => stderr.WriteLine(w.ToString()),
                request.Strict);
            using var reader = stdin ? RdfText.OpenReader(openStdin(), source) : RdfText.OpenFile(input);
            foreach (var q in RdfFormats.CreateReader(formats[i]).Read(reader, options, cancellationToken))
                yield return q;
        }
    }

    private static IEnumerable<Quad> Count(IEnumerable<Quad> quads, Action<long> report)
    {
        long n = 0;
        foreach (var q in quads)
        {
            n++;
            yield return q;
        }
        report(n);
    }

    private static void WriteToStdout(TextWriter stdout, Action<TextWriter> write)
    {
        var staging = Path.Combine(Path.GetTempPath(), $"kg-convert-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            AtomicFile.WriteText(staging, write);
            using var reader = new StreamReader(staging, AtomicFile.Utf8NoBom);
            var buffer = new char[1 << 16];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) stdout.Write(buffer, 0, n);
            stdout.Flush();
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>A list computed on first use: the prefixes, known only once the input has been read.</summary>
    private sealed class DeferredList<T>(Func<IReadOnlyList<T>> compute) : IReadOnlyList<T>
    {
        private readonly Lazy<IReadOnlyList<T>> _items = new(compute);

        public T this[int index] => _items.Value[index];

        public int Count => _items.Value.Count;

        public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
