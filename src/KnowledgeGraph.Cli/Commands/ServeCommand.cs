using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serves the HTTP query service (SPARQL protocol, entity pages).");
        command.SetAction(_ => { Console.Error.WriteLine("kg serve: not implemented yet"); return 70; });
        return command;
    }
}
