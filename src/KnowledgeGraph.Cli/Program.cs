using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // A bug must not pass for a documented outcome (1 means "some inputs skipped"): any exception a command did
        // not handle ends the process with the internal-error code and one line naming it.
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return await BuildRoot().Parse(args).InvokeAsync(config);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("kg: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"kg: internal error: {e.GetType().Name}: {e.Message}");
            await Console.Error.WriteLineAsync(e.StackTrace);
            return ExitCodes.InternalError;
        }
    }

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
        root.Add(PushCommand.Create());
        root.Add(BenchCommand.Create());
        return root;
    }
}
