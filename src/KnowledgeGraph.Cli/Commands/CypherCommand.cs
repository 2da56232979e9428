using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class CypherCommand
{
    public static Command Create()
    {
        var command = new Command("cypher", "Runs Cypher on Neo4j (read-only unless --write).");
        command.SetAction(_ => { Console.Error.WriteLine("kg cypher: not implemented yet"); return 70; });
        return command;
    }
}
