using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "Runs a SPARQL 1.1 query on the embedded store.");
        command.SetAction(_ => { Console.Error.WriteLine("kg query: not implemented yet"); return 70; });
        return command;
    }
}
