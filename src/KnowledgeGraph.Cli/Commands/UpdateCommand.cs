using System.CommandLine;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg update: loads RDF, applies a SPARQL 1.1 Update, writes the resulting dataset (atomically with -o, whose
/// extension picks the syntax; to standard output as TriG otherwise). LOAD may read local files only.
/// </summary>
public static class UpdateCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d") { Description = "RDF files or kg build folders to start from", Required = true, AllowMultipleArgumentsPerToken = true };
        var update = new Option<string>("--update", "-u") { Description = "a .ru file or the update text itself", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "where to write the updated dataset (.ttl .nt .nq .trig .jsonld); standard output (TriG) when absent" };
        var timeout = new Option<string>("--timeout") { Description = "stop after this long, e.g. 30s", DefaultValueFactory = _ => "30s" };

        var command = new Command("update", "Runs a SPARQL 1.1 Update on RDF files and writes the amended graph.");
        command.Add(data);
        command.Add(update);
        command.Add(output);
        command.Add(timeout);
        command.SetAction((parseResult, ct) => Task.FromResult(Run(parseResult.GetValue(data)!, parseResult.GetValue(update)!,
            parseResult.GetValue(output), parseResult.GetValue(timeout) ?? "30s", Console.Out, Console.Error, ct)));
        return command;
    }

    public static int Run(string[] dataPaths, string updateArgument, string? outputPath, string timeoutText,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string source = updateArgument;
        try
        {
            var timeout = QueryOptionParsing.ParseTimeout(timeoutText);
            var (text, src) = QueryOptionParsing.ReadTextOrFile(updateArgument, "update");
            source = src;
            RdfFormat format = RdfFormat.TriG;
            if (outputPath is not null && !RdfFormats.TryFromExtension(outputPath, out format))
                throw new ArgumentException($"{outputPath}: unknown RDF file extension (expected .ttl .nt .nq .trig .jsonld)");
            var store = QueryCommand.LoadData(dataPaths, stderr, ct);
            var options = new SparqlQueryOptions(timeout, LoadResolver: iri =>
                Uri.TryCreate(iri, UriKind.Absolute, out var u) && u.IsFile ? u.LocalPath : File.Exists(iri) ? iri : null);
            new SparqlQueryProcessor(store).Update(text, options, ct);

            var quads = store.Match(null, null, null, GraphSelector.All).ToList();
            if (!RdfFormats.SupportsDatasets(format) && quads.Any(q => q.Graph is not null))
                throw new ArgumentException($"{outputPath}: the updated dataset has named graphs; write it as .trig, .nq or .jsonld");
            var writer = RdfFormats.CreateWriter(format);
            var writerOptions = new RdfWriterOptions(store.Namespaces.Entries);
            if (outputPath is null) writer.Write(stdout, quads, writerOptions, ct);
            else AtomicFile.WriteText(outputPath, w => writer.Write(w, quads, writerOptions, ct));
            return ExitCodes.Ok;
        }
        catch (QueryLimitExceededException e)
        {
            stderr.WriteLine($"kg update: {e.Message}");
            return ExitCodes.Limit;
        }
        catch (SparqlSyntaxException e)
        {
            stderr.WriteLine($"kg update: {source}: syntax error at line {e.Line}, column {e.Column}: {e.Detail}");
            return ExitCodes.InputError;
        }
        catch (SparqlException e)
        {
            stderr.WriteLine($"kg update: {source}: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is RdfSyntaxException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kg update: {e.Message}");
            return ExitCodes.InputError;
        }
    }
}
