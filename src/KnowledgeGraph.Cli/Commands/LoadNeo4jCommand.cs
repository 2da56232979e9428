using System.CommandLine;
using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Loading;
using KnowledgeGraph.Neo4j.Mapping;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg load-neo4j [--uri] [--user --password] [--batch-size N] [--replace-graph IRI]... GRAPH...</c></summary>
public static class LoadNeo4jCommand
{
    public static Command Create()
    {
        var command = new Command("load-neo4j",
            "Loads a graph into Neo4j over Bolt, idempotently (MERGE on uri). GRAPH: RDF files or kg build output folders.");
        var graph = new Argument<string[]>("GRAPH") { Description = "RDF files (.ttl .nt .nq .trig .jsonld) or kg build output folders", Arity = ArgumentArity.OneOrMore };
        var connection = Neo4jCommandSupport.AddConnectionOptions(command);
        var batchSize = new Option<int>("--batch-size") { Description = "rows per UNWIND statement (default 5000)", DefaultValueFactory = _ => 5000 };
        var replace = new Option<string[]>("--replace-graph")
        {
            Description = "named graph (article) whose contribution this load replaces; the input must be the complete dataset. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var names = Neo4jCommandSupport.AddNameModeOption(command);
        var languages = Neo4jCommandSupport.AddLanguageModeOption(command);
        command.Add(graph);
        command.Add(batchSize);
        command.Add(replace);

        command.SetAction(async (parse, ct) =>
        {
            try
            {
                if (parse.GetValue(batchSize) < 1) throw new ArgumentException("--batch-size must be at least 1");
                var endpoint = connection.Endpoint(parse);
                var mapped = Neo4jCommandSupport.ReadAndMap(parse.GetValue(graph)!,
                    new MappingOptions(parse.GetValue(names), parse.GetValue(languages)), ct);
                var options = new LoadOptions(parse.GetValue(batchSize), parse.GetValue(replace) ?? Array.Empty<string>());
                var unknown = options.EffectiveReplaceGraphs.Except(mapped.Graphs).ToList();
                if (unknown.Count > 0)
                    Console.Error.WriteLine($"kg load-neo4j: note: the input has no graph {string.Join(", ", unknown)}; what it contributed is removed");

                await using var db = new BoltDriver(endpoint);
                var loader = new Neo4jGraphLoader(db);
                LoadResult result;
                if (!Console.IsErrorRedirected && !Console.IsOutputRedirected)
                {
                    result = null!;
                    await AnsiConsole.Progress().StartAsync(async progressContext =>
                    {
                        var nodes = progressContext.AddTask("nodes", maxValue: Math.Max(1, mapped.Nodes.Count));
                        var rels = progressContext.AddTask("relationships", maxValue: Math.Max(1, mapped.Relationships.Count));
                        var progress = new SynchronousProgress(p => (p.Phase == "nodes" ? nodes : rels).Value = p.Done);
                        result = await loader.LoadAsync(mapped, options, progress, ct);
                        nodes.Value = nodes.MaxValue;
                        rels.Value = rels.MaxValue;
                    });
                }
                else
                {
                    result = await loader.LoadAsync(mapped, options, null, ct);
                }
                Console.WriteLine(
                    $"loaded {result.Nodes} nodes and {result.Relationships} relationships into {endpoint} in {result.Batches} batches " +
                    $"({result.NodesCreated} nodes and {result.RelationshipsCreated} relationships new" +
                    (options.EffectiveReplaceGraphs.Count > 0 ? $"; {result.NodesDeleted} nodes and {result.RelationshipsDeleted} relationships removed" : "") + ")");
                return ExitCodes.Ok;
            }
            catch (Exception e)
            {
                return Neo4jCommandSupport.Fail("load-neo4j", e);
            }
        });
        return command;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the bar should move in step with the batches.</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
