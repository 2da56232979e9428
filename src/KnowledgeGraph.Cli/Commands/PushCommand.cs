using System.CommandLine;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Remote;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg push --endpoint URL DIR</c>: writes a build into a SPARQL 1.1 store through the Graph Store HTTP Protocol,
/// one named graph per article plus the entity graph, idempotent (PUT), batched and resumable (see
/// <see cref="BuildPusher"/> and <see cref="PushLog"/>). Credentials come from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD
/// or KG_ENDPOINT_TOKEN only.
/// </summary>
public static class PushCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "a kg build output folder (its graph.nq or graph.trig keeps the article graphs)" };
        var endpoint = new Option<string>("--endpoint", "-e")
        {
            Description = "the store's Graph Store Protocol endpoint, e.g. Virtuoso's http://127.0.0.1:8890/sparql-graph-crud-auth " +
                "(credentials from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN)",
            Required = true,
        };
        var batch = new Option<int>("--batch-size") { Description = "triples per request; larger graphs are sent as one PUT then POSTs", DefaultValueFactory = _ => 50_000 };
        var entityGraph = new Option<string>("--entity-graph") { Description = "the named graph that receives the build's default graph", DefaultValueFactory = _ => PushOptions.EntityGraph };
        var restart = new Option<bool>("--restart") { Description = "push every graph again, ignoring what an interrupted push recorded in DIR/.kg/push/" };
        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "how long one request may take (5m, 30s…)",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(5),
            CustomParser = Durations.ParseOption,
        };
        var parallel = new Option<int>("--parallel") { Description = "requests in flight at once (different graphs)", DefaultValueFactory = _ => PushOptions.DefaultParallel };
        var command = new Command("push", "Writes a build into a SPARQL 1.1 store through the Graph Store HTTP Protocol (one named graph per article, plus the entity graph); resumes an interrupted push")
        {
            dir, endpoint, batch, entityGraph, restart, timeout, parallel,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(dir)!, parse.GetValue(endpoint)!, new PushOptions(
            parse.GetValue(batch), parse.GetValue(entityGraph)!, parse.GetValue(restart), parse.GetValue(parallel)), parse.GetValue(timeout),
            RemoteCredentials.FromEnvironment(), Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(string dir, string endpoint, PushOptions options, TimeSpan timeout,
        RemoteCredentials credentials, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        PushSource source;
        GraphStoreClient client;
        try
        {
            if (options.BatchTriples < 1) throw new ArgumentException("--batch-size must be at least 1");
            if (options.Parallel is < 1 or > 64) throw new ArgumentException("--parallel must be between 1 and 64");
            if (!Uri.TryCreate(options.DefaultGraph, UriKind.Absolute, out _)) throw new ArgumentException($"--entity-graph {options.DefaultGraph}: not an absolute IRI");
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)) throw new ArgumentException($"--endpoint {endpoint}: not an absolute URL");
            source = PushSource.Locate(dir);
            client = new GraphStoreClient(uri, credentials, timeout);
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            stderr.WriteLine($"kg push: {e.Message}");
            return ExitCodes.InputError;
        }
        using (client)
        {
            var pusher = new BuildPusher(client, options);
            try
            {
                PushSummary summary;
                if (!Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error))
                {
                    summary = null!;
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                    await console.Progress().StartAsync(async context =>
                    {
                        var task = context.AddTask("pushing", maxValue: 1000);
                        var progress = new SynchronousProgress(p =>
                        {
                            task.Value = Math.Round(p.Fraction * 1000);
                            task.Description = $"{p.GraphsDone} graphs, {p.TriplesSent:N0} triples";
                        });
                        summary = await pusher.PushAsync(source, progress, ct);
                        task.Value = task.MaxValue;
                    });
                }
                else
                {
                    summary = await pusher.PushAsync(source, null, ct);
                }
                var rate = summary.TriplesSent / Math.Max(0.001, summary.Elapsed.TotalSeconds);
                stdout.WriteLine($"pushed {summary.TriplesSent} triples in {summary.GraphsPushed} graphs to {client.Endpoint} " +
                    $"({summary.Requests} requests, {summary.Elapsed.TotalSeconds:0.0} s, {rate:0} triples/s" +
                    (summary.GraphsSkipped > 0 ? $"; {summary.GraphsSkipped} graphs already pushed by an earlier run, skipped (--restart sends them again)" : "") + ")");
                return ExitCodes.Ok;
            }
            catch (RemoteStoreException e)
            {
                stderr.WriteLine($"kg push: {e.Message}");
                stderr.WriteLine($"kg push: the graphs completed so far are recorded in {PushLog.PathFor(source.StateFolder, client.Endpoint)}; " +
                    "the graph being sent is not: run the same command again to resume");
                return ExitCodes.ServiceError;
            }
            catch (Exception e) when (e is RdfSyntaxException or FormatException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"kg push: {e.Message}");
                return ExitCodes.InputError;
            }
        }
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the bar should move in step with the push.</summary>
    private sealed class SynchronousProgress(Action<PushProgress> report) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => report(value);
    }
}
