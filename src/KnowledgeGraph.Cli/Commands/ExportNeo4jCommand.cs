using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class ExportNeo4jCommand
{
    public static Command Create()
    {
        var command = new Command("export-neo4j", "Writes the property graph as CSV for neo4j-admin import and as a Cypher script.");
        command.SetAction(_ => { Console.Error.WriteLine("kg export-neo4j: not implemented yet"); return 70; });
        return command;
    }
}
