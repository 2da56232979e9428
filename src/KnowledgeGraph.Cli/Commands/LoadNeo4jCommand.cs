using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class LoadNeo4jCommand
{
    public static Command Create()
    {
        var command = new Command("load-neo4j", "Loads a graph into Neo4j over Bolt, idempotently.");
        command.SetAction(_ => { Console.Error.WriteLine("kg load-neo4j: not implemented yet"); return 70; });
        return command;
    }
}
