using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class BenchSparqlCommand
{
    public static Command Create()
    {
        var command = new Command("sparql", "SPARQL load time and per-query latency, beside Jena ARQ in memory.");
        command.SetAction(_ => { Console.Error.WriteLine("kg bench sparql: not implemented yet"); return 70; });
        return command;
    }
}
