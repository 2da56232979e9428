using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class ConvertCommand
{
    public static Command Create()
    {
        var command = new Command("convert", "Converts between RDF formats (.ttl .nt .nq .trig .jsonld, or --from/--to); - is stdin/stdout.");
        command.SetAction(_ => { Console.Error.WriteLine("kg convert: not implemented yet"); return 70; });
        return command;
    }
}
