using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class UpdateCommand
{
    public static Command Create()
    {
        var command = new Command("update", "Runs a SPARQL 1.1 Update on RDF files and writes the amended graph.");
        command.SetAction(_ => { Console.Error.WriteLine("kg update: not implemented yet"); return 70; });
        return command;
    }
}
