using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class BenchRdfCommand
{
    public static Command Create()
    {
        var command = new Command("rdf", "N-Triples parse and write throughput and peak memory, beside rapper and Jena riot.");
        command.SetAction(_ => { Console.Error.WriteLine("kg bench rdf: not implemented yet"); return 70; });
        return command;
    }
}
