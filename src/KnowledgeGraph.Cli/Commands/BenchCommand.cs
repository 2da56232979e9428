using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Benchmarks that measure this project side by side with a named peer in the same run
/// (rapper and Jena riot for RDF I/O, Jena ARQ for SPARQL, a naive loader for Neo4j).
/// Each subcommand lives in its own file.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Runs the benchmarks side by side with peer tools and prints a table.");
        command.Add(BenchRdfCommand.Create());
        command.Add(BenchSparqlCommand.Create());
        command.Add(BenchBuildCommand.Create());
        command.Add(BenchNeo4jCommand.Create());
        return command;
    }
}
