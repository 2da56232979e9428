using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class BenchNeo4jCommand
{
    public static Command Create()
    {
        var command = new Command("neo4j", "Neo4j load throughput (MERGE batches) beside a one-statement-per-triple baseline.");
        command.SetAction(_ => { Console.Error.WriteLine("kg bench neo4j: not implemented yet"); return 70; });
        return command;
    }
}
