using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree; public so that tests can run commands in-process.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "kg — builds an RDF knowledge graph of persons, organizations, places, meetings, posts and sourced claims\n" +
            "from French news articles, and queries it with SPARQL (embedded store) or Cypher (Neo4j).");
        root.Add(BuildCommand.Create());
        root.Add(ConvertCommand.Create());
        root.Add(QueryCommand.Create());
        root.Add(UpdateCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(LoadNeo4jCommand.Create());
        root.Add(CypherCommand.Create());
        root.Add(ExportNeo4jCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(BenchCommand.Create());
        return root;
    }
}
