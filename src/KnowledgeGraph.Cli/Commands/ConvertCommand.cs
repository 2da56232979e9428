using System.CommandLine;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg convert IN [IN...] OUT</c>: reads one or more RDF documents and writes them in another syntax.
/// The work itself is in <see cref="ConvertRunner"/> so that tests can supply stdin.
/// </summary>
public static class ConvertCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "IN [IN...] OUT: the input files, then the output file; - is stdin (as input) or stdout (as output)",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<string?>("--from", "-f") { Description = "Input format when the extension does not tell: ttl, nt, nq, trig, jsonld" };
        var to = new Option<string?>("--to", "-t") { Description = "Output format when the extension does not tell: ttl, nt, nq, trig, jsonld" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs in the input (default: the input file's own URI)" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (e.g. ill-typed literals) as errors" };
        var expanded = new Option<bool>("--jsonld-expanded") { Description = "JSON-LD output in expanded form (no @context, full IRIs)" };

        var command = new Command("convert", "Converts between RDF formats (.ttl .nt .nq .trig .jsonld, or --from/--to); - is stdin/stdout.");
        command.Add(files);
        command.Add(from);
        command.Add(to);
        command.Add(baseIri);
        command.Add(strict);
        command.Add(expanded);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var all = parseResult.GetValue(files) ?? [];
            var request = new ConvertRequest(
                all.Take(all.Length - 1).ToList(),
                all.Length > 0 ? all[^1] : "",
                parseResult.GetValue(from),
                parseResult.GetValue(to),
                parseResult.GetValue(baseIri),
                parseResult.GetValue(strict),
                parseResult.GetValue(expanded));
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return Task.FromResult(ConvertRunner.Run(request, Console.OpenStandardInput, output, error, cancellationToken));
        });
        return command;
    }
}
