using System.CommandLine;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Backends;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "RDF files or kg build output folders to serve (or --endpoint)",
            AllowMultipleArgumentsPerToken = true,
        };
        var endpoint = new Option<string?>("--endpoint", "-e")
        {
            Description = "serve from this SPARQL 1.1 endpoint (what kg push wrote) instead of --data: /sparql is forwarded, pages are read from it; " +
                "credentials from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or KG_ENDPOINT_TOKEN",
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
        var allowUpdate = new Option<bool>("--allow-update")
        {
            Description = "Accept SPARQL Update (/update, POST /sparql) and Graph Store writes (/store); needs --write-token",
        };
        var writeToken = new Option<string?>("--write-token")
        {
            Description = "Bearer token that writes must carry (default: the KG_WRITE_TOKEN environment variable)",
        };
        var noUnion = new Option<bool>("--no-union-default-graph")
        {
            Description = "Queries see only the store's default graph (the resolved entities), not the per-article graphs",
        };
        var rowBudget = new Option<long>("--row-budget")
        {
            Description = "Per-query memory budget: intermediate rows held by joins, groups, sorts, DISTINCT (503 past it)",
            DefaultValueFactory = _ => 1_000_000,
        };
        var serverRowBudget = new Option<long>("--server-row-budget")
        {
            Description = "Memory budget shared by all running queries, in intermediate rows (503 past it)",
            DefaultValueFactory = _ => 3_000_000,
        };
        var maxConcurrent = new Option<int>("--max-concurrent-queries")
        {
            Description = "Queries evaluated at once; more wait up to 5 s, then get 503 with Retry-After",
            DefaultValueFactory = _ => 16,
        };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Largest request body (413 past it)", DefaultValueFactory = _ => 4L * 1024 * 1024 };
        var cors = new Option<string>("--cors-origin")
        {
            Description = "Access-Control-Allow-Origin for browsers on other origins ('none' to send no CORS headers)",
            DefaultValueFactory = _ => "*",
        };
        var grace = new Option<TimeSpan>("--shutdown-grace")
        {
            Description = "On SIGTERM/Ctrl+C, how long in-flight requests may finish (new ones get 503)",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(10),
            CustomParser = Durations.ParseOption,
        };
        var license = new Option<string?>("--license") { Description = "Licence IRI of the served data, stated in /.well-known/void" };
        var yasgui = new Option<string?>("--yasgui")
        {
            Description = "Folder with YASGUI's yasgui.min.js/.css for the query page at / (default: .tools/yasgui from scripts/install-yasgui.sh; 'none': plain form)",
        };
        var quiet = new Option<bool>("--quiet") { Description = "No request log (by default one JSON line per request on stdout)" };
        var command = new Command("serve", "Serves the HTTP query service: SPARQL 1.1 Protocol on /sparql, Graph Store on /store, entity pages on /id/..., dumps on /dump/graph.ttl, VoID, /metrics")
        {
            data, endpoint, urls, resourceBase, timeout, limit, allowUpdate, writeToken, noUnion, rowBudget, serverRowBudget, maxConcurrent, maxBody, cors, grace, license, yasgui, quiet,
        };
        command.SetAction(async (parse, ct) =>
        {
            var store = new MemoryStore();
            var remote = parse.GetValue(endpoint);
            var dataPaths = parse.GetValue(data) ?? [];
            if ((remote is null) == (dataPaths.Length == 0))
            {
                Console.Error.WriteLine("kg serve: give --data (RDF files or kg build output folders) or --endpoint URL, one of the two");
                return ExitCodes.InputError;
            }
            if (remote is not null && !Uri.TryCreate(remote, UriKind.Absolute, out _))
            {
                Console.Error.WriteLine($"kg serve: --endpoint {remote}: not an absolute URL");
                return ExitCodes.InputError;
            }
            try
            {
                RdfLoader.LoadPaths(store, dataPaths, ct);
            }
            catch (Exception e) when (e is RdfSyntaxException or FileNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine($"kg serve: {e.Message}");
                return ExitCodes.InputError;
            }
            var token = parse.GetValue(writeToken) ?? Environment.GetEnvironmentVariable("KG_WRITE_TOKEN");
            if (parse.GetValue(allowUpdate) && string.IsNullOrEmpty(token))
            {
                Console.Error.WriteLine("kg serve: --allow-update needs a bearer token: give --write-token TOKEN or set KG_WRITE_TOKEN");
                return ExitCodes.InputError;
            }
            var corsOrigin = parse.GetValue(cors);
            var options = new KgServerOptions(dataPaths, parse.GetValue(resourceBase)!, parse.GetValue(timeout),
                parse.GetValue(limit), parse.GetValue(allowUpdate), !parse.GetValue(noUnion),
                WriteToken: token, RowBudget: parse.GetValue(rowBudget), ServerRowBudget: parse.GetValue(serverRowBudget), MaxConcurrentQueries: parse.GetValue(maxConcurrent),
                MaxBodyBytes: parse.GetValue(maxBody), CorsOrigin: corsOrigin is null or "none" ? null : corsOrigin,
                ShutdownGrace: parse.GetValue(grace), License: parse.GetValue(license), Log: parse.GetValue(quiet) ? null : Console.Out,
                YasguiDir: parse.GetValue(yasgui), IdleTrim: TimeSpan.FromSeconds(5));
            using var client = remote is null ? null : new SparqlProtocolClient(new Uri(remote), RemoteCredentials.FromEnvironment(), parse.GetValue(timeout) + TimeSpan.FromSeconds(5));
            KgServer server;
            try
            {
                server = client is null
                    ? new KgServer(options, store, new SparqlQueryProcessor(store))
                    : new KgServer(options, new RemoteBackend(new RemoteQueryProcessor(client, new RemoteDataset()), KnowledgeGraph.Mapping.KgTerms.Prefixes));
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"kg serve: {e.Message}");
                return ExitCodes.InputError;
            }
            var what = client is null ? $"{store.Count} statements" : $"answering from {client.Endpoint}";
            var running = server.RunAsync(new[] { parse.GetValue(urls)! },
                addresses => Console.Error.WriteLine($"kg serve: {what}; listening on {string.Join(", ", addresses)} (Ctrl+C to stop); query page: {(server.YasguiDirectory is { } y ? "YASGUI from " + y : "plain form (YASGUI not installed: scripts/install-yasgui.sh)")}"), ct);
            // System.CommandLine returns from Main a short while after SIGTERM/Ctrl+C whatever the action is doing;
            // holding process exit until the server has drained lets in-flight requests finish (up to the grace period).
            void Hold(object? sender, EventArgs e)
            {
                try { running.Wait(options.Grace + TimeSpan.FromSeconds(3)); }
                catch (AggregateException) { }
            }
            AppDomain.CurrentDomain.ProcessExit += Hold;
            try
            {
                await running;
            }
            catch (IOException e)
            {
                // Most often the address is taken (another server on the port): a server problem, not bad input.
                Console.Error.WriteLine($"kg serve: cannot listen on {parse.GetValue(urls)}: {e.Message}");
                return ExitCodes.ServiceError;
            }
            finally
            {
                AppDomain.CurrentDomain.ProcessExit -= Hold;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
