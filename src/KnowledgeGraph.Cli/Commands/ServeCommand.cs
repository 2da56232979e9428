using System.CommandLine;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "RDF files or kg build output folders to serve",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5180" };
        var resourceBase = new Option<string>("--resource-base")
        {
            Description = "Namespace of the entity IRIs served under /id/ (see ontology/README.md)",
            DefaultValueFactory = _ => "https://w3id.org/kgnews/id/",
        };
        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "Per-query timeout (30s, 2m, ...)",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
            CustomParser = Durations.ParseOption,
        };
        var limit = new Option<long>("--limit") { Description = "Maximum solutions or triples per answer", DefaultValueFactory = _ => 100_000 };
        var allowUpdate = new Option<bool>("--allow-update") { Description = "Accept SPARQL Update on /update" };
        var noUnion = new Option<bool>("--no-union-default-graph")
        {
            Description = "Queries see only the store's default graph (the resolved entities), not the per-article graphs",
        };
        var command = new Command("serve", "Serves the HTTP query service: SPARQL 1.1 Protocol on /sparql, entity pages on /id/..., dumps on /dump/graph.ttl")
        {
            data, urls, resourceBase, timeout, limit, allowUpdate, noUnion,
        };
        command.SetAction(async (parse, ct) =>
        {
            var store = new MemoryStore();
            try
            {
                RdfLoader.LoadPaths(store, parse.GetValue(data)!, ct);
            }
            catch (Exception e) when (e is RdfSyntaxException or FileNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine($"kg serve: {e.Message}");
                return ExitCodes.InputError;
            }
            var options = new KgServerOptions(parse.GetValue(data)!, parse.GetValue(resourceBase)!, parse.GetValue(timeout),
                parse.GetValue(limit), parse.GetValue(allowUpdate), !parse.GetValue(noUnion));
            var server = new KgServer(options, store, new SparqlQueryProcessor(store));
            await server.RunAsync(new[] { parse.GetValue(urls)! },
                () => Console.Error.WriteLine($"kg serve: {store.Count} statements; listening on {parse.GetValue(urls)} (Ctrl+C to stop)"), ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
