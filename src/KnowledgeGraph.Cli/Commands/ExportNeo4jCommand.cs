using System.CommandLine;
using KnowledgeGraph.Neo4j.Export;
using KnowledgeGraph.Neo4j.Mapping;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export-neo4j GRAPH... -o DIR</c>: CSV files for neo4j-admin import, their import.sh, and load.cypher for cypher-shell.</summary>
public static class ExportNeo4jCommand
{
    public static Command Create()
    {
        var command = new Command("export-neo4j", "Writes the property graph as CSV for neo4j-admin import and as a Cypher script.");
        var graph = new Argument<string[]>("GRAPH") { Description = "RDF files or kg build output folders", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "output folder", Required = true };
        var names = Neo4jCommandSupport.AddNameModeOption(command);
        var languages = Neo4jCommandSupport.AddLanguageModeOption(command);
        command.Add(graph);
        command.Add(output);
        command.SetAction((parse, ct) =>
        {
            try
            {
                var mapped = Neo4jCommandSupport.ReadAndMap(parse.GetValue(graph)!, new MappingOptions(parse.GetValue(names), parse.GetValue(languages)), ct);
                var files = new Neo4jExporter().Export(mapped, parse.GetValue(output)!, ct);
                Console.WriteLine($"wrote {mapped.Nodes.Count} nodes and {mapped.Relationships.Count} relationships: {string.Join(", ", files)}");
                return Task.FromResult(ExitCodes.Ok);
            }
            catch (Exception e)
            {
                return Task.FromResult(Neo4jCommandSupport.Fail("export-neo4j", e));
            }
        });
        return command;
    }
}
