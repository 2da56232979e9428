using System.Net;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Remote;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Remote;

/// <summary>kg push against an in-memory Graph Store that fails on demand: batching, idempotence, resuming, messages.</summary>
public sealed class BuildPusherTests : IDisposable
{
    private const string Endpoint = "http://store.test/graph-store";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-push-tests-" + Guid.NewGuid().ToString("N"));

    public BuildPusherTests()
    {
        Directory.CreateDirectory(_dir);
        // A default graph of 7 triples and 4 article graphs of 25 triples each, grouped by graph as kg build writes them.
        var lines = new List<string>();
        for (int i = 0; i < 7; i++) lines.Add($"<http://ex.org/e{i}> <http://ex.org/p> \"entité {i}\"@fr .");
        for (int g = 0; g < 4; g++)
            for (int i = 0; i < 25; i++) lines.Add($"<http://ex.org/a{g}/s{i}> <http://ex.org/p> \"{g}-{i}\" <https://w3id.org/kgnews/graph/a{g}> .");
        File.WriteAllLines(Path.Combine(_dir, "graph.nq"), lines);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<string> Expected() => File.ReadAllLines(Path.Combine(_dir, "graph.nq")).Select(l =>
    {
        var at = l.IndexOf(" <https://w3id.org/kgnews/graph/", StringComparison.Ordinal);
        return at < 0 ? PushOptions.EntityGraph + " " + l : l[(at + 2)..l.LastIndexOf('>')] + " " + l[..at] + " .";
    }).Order(StringComparer.Ordinal).ToList();

    /// <param name="parallel">1 (one request at a time) where a test counts requests to fail at a given one.</param>
    private async Task<(PushSummary? Summary, RemoteStoreException? Error)> Push(FakeGraphStore store, int batch = 10, bool restart = false, int parallel = 1)
    {
        using var client = new GraphStoreClient(new Uri(Endpoint), RemoteCredentials.None, handler: store);
        try
        {
            return (await new BuildPusher(client, new PushOptions(batch, Restart: restart, Parallel: parallel)).PushAsync(PushSource.Locate(_dir), null, CancellationToken.None), null);
        }
        catch (RemoteStoreException e)
        {
            return (null, e);
        }
    }

    [Fact]
    public async Task Each_graph_is_one_put_then_posts_and_the_store_ends_with_the_file_content()
    {
        var store = new FakeGraphStore();
        var (summary, _) = await Push(store);
        Assert.Equal(5, summary!.GraphsPushed);
        Assert.Equal(107, summary.TriplesSent);
        Assert.Equal(Expected(), store.Content());
        // 25 triples in batches of 10: PUT 10, POST 10, POST 5.
        Assert.Equal(["PUT https://w3id.org/kgnews/graph/a0 10", "POST https://w3id.org/kgnews/graph/a0 10", "POST https://w3id.org/kgnews/graph/a0 5"],
            store.Requests.Where(r => r.Contains("/a0 ")).ToList());
    }

    [Fact]
    public async Task A_second_push_skips_what_is_done_and_restart_sends_everything_again_without_duplicates()
    {
        var store = new FakeGraphStore();
        await Push(store);
        int requests = store.Requests.Count;
        var (again, _) = await Push(store);
        Assert.Equal(5, again!.GraphsSkipped);
        Assert.Equal(requests, store.Requests.Count);
        var (restarted, _) = await Push(store, restart: true);
        Assert.Equal(5, restarted!.GraphsPushed);
        Assert.Equal(Expected(), store.Content());
    }

    [Fact]
    public async Task A_store_down_mid_push_leaves_the_graph_in_progress_not_done_and_a_rerun_completes_it()
    {
        // Fails at the 5th request: the entity graph (1 request) and a0 (3) are done; a1's PUT fails.
        var store = new FakeGraphStore { FailAfter = 4 };
        var (_, error) = await Push(store);
        Assert.Equal(RemoteFailure.Unreachable, error!.Failure);
        Assert.Contains("graph <https://w3id.org/kgnews/graph/a1>", error.Message);
        Assert.Contains("connection refused", error.Message);
        store.FailAfter = null;
        var (resumed, _) = await Push(store);
        Assert.Equal(2, resumed!.GraphsSkipped);
        Assert.Equal(3, resumed.GraphsPushed);
        Assert.Equal(Expected(), store.Content());
    }

    [Fact]
    public async Task A_failure_between_batches_of_a_graph_is_repaired_by_the_rerun_put()
    {
        // The 3rd request is a0's second batch: a0 has its PUT in the store, then the store goes away.
        var store = new FakeGraphStore { FailAfter = 2 };
        await Push(store);
        Assert.Equal(10, store.Graphs["https://w3id.org/kgnews/graph/a0"].Count);   // half-written for now...
        store.FailAfter = null;
        await Push(store);
        Assert.Equal(25, store.Graphs["https://w3id.org/kgnews/graph/a0"].Count);   // ...and replaced whole by the rerun
        Assert.Equal(Expected(), store.Content());
    }

    [Fact]
    public async Task Parallel_requests_stay_within_the_bound_keep_each_graphs_order_and_give_the_same_store()
    {
        var store = new FakeGraphStore { Delay = TimeSpan.FromMilliseconds(30) };
        var (summary, _) = await Push(store, parallel: 3);
        Assert.Equal(5, summary!.GraphsPushed);
        Assert.Equal(Expected(), store.Content());
        Assert.InRange(store.MaxConcurrent, 2, 3);
        // a graph's own requests are never reordered: its PUT comes first, then its POSTs
        foreach (var graph in store.Graphs.Keys)
        {
            var own = store.Requests.Where(r => r.Split(' ')[1] == graph).ToList();
            Assert.StartsWith("PUT ", own[0]);
            Assert.All(own.Skip(1), r => Assert.StartsWith("POST ", r));
        }
        var log = File.ReadAllLines(summary.LogPath);
        Assert.Equal(5, log.Count(l => l.StartsWith("done ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failure_with_requests_in_flight_records_only_complete_graphs_and_a_rerun_completes_the_rest()
    {
        var store = new FakeGraphStore { Delay = TimeSpan.FromMilliseconds(20), FailAfter = 6 };
        var (_, error) = await Push(store, parallel: 4);
        Assert.Equal(RemoteFailure.Unreachable, error!.Failure);
        // Whatever finished before the failure is done in the log, and only graphs whose every batch the store holds.
        var done = File.ReadAllLines(PushLog.PathFor(Path.Combine(_dir, ".kg"), new Uri(Endpoint))).Where(l => l.StartsWith("done ")).Select(l => l[5..]).ToList();
        foreach (var graph in done)
            Assert.Equal(graph == PushOptions.EntityGraph ? 7 : 25, store.Graphs[graph].Count);
        Assert.True(done.Count < 5);
        store.FailAfter = null;
        var (resumed, _) = await Push(store, parallel: 4);
        Assert.Equal(done.Count, resumed!.GraphsSkipped);
        Assert.Equal(5 - done.Count, resumed.GraphsPushed);
        Assert.Equal(Expected(), store.Content());
    }

    [Fact]
    public async Task Many_graphs_answered_at_once_are_all_recorded_done()
    {
        // 200 one-triple graphs and a store that answers at once: requests complete before the pusher looks again,
        // so their chains are pruned early; every graph must still be recorded done, and a second push skip them all.
        File.WriteAllLines(Path.Combine(_dir, "graph.nq"), Enumerable.Range(0, 200).Select(g => $"<http://ex.org/s> <http://ex.org/p> \"{g}\" <https://w3id.org/kgnews/graph/m{g}> ."));
        var store = new FakeGraphStore();
        var (summary, _) = await Push(store, batch: 1, parallel: 2);
        Assert.Equal(200, summary!.GraphsPushed);
        Assert.Equal(200, File.ReadAllLines(summary.LogPath).Count(l => l.StartsWith("done ", StringComparison.Ordinal)));
        var (again, _) = await Push(store, batch: 1, parallel: 2);
        Assert.Equal(200, again!.GraphsSkipped);
        Assert.Equal(200, store.Requests.Count);
    }

    [Fact]
    public async Task With_requests_in_flight_the_failure_reported_is_the_first_graphs()
    {
        // Every request is refused: whichever answer comes back first, the message names the first graph of the file.
        for (int run = 0; run < 5; run++)
        {
            var store = new FakeGraphStore { FailAfter = 0, FailWith = HttpStatusCode.Unauthorized, Delay = TimeSpan.FromMilliseconds(5) };
            var (_, error) = await Push(store, restart: true, parallel: 4);
            Assert.Equal(RemoteFailure.Unauthorized, error!.Failure);
            Assert.Contains($"graph <{PushOptions.EntityGraph}>", error.Message);
        }
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, RemoteFailure.TooLarge, "--batch-size")]
    [InlineData(HttpStatusCode.Unauthorized, RemoteFailure.Unauthorized, "KG_ENDPOINT_USER")]
    [InlineData(HttpStatusCode.Forbidden, RemoteFailure.Unauthorized, "403")]
    public async Task A_refused_graph_is_named_in_the_message(HttpStatusCode status, RemoteFailure failure, string advice)
    {
        var store = new FakeGraphStore { FailAfter = 1, FailWith = status };
        var (_, error) = await Push(store);
        Assert.Equal(failure, error!.Failure);
        Assert.Contains("graph <https://w3id.org/kgnews/graph/a0>", error.Message);
        Assert.Contains(advice, error.Message);
    }

    [Fact]
    public async Task The_command_exits_3_when_the_store_is_down_and_2_without_a_graph_file()
    {
        var stderr = new StringWriter();
        // Nothing listens on port 9 of loopback (discard is not served in the test container).
        int code = await PushCommand.RunAsync(_dir, "http://127.0.0.1:9/graph-store", new PushOptions(), TimeSpan.FromSeconds(10), RemoteCredentials.None,
            new StringWriter(), stderr, CancellationToken.None);
        Assert.Equal(ExitCodes.ServiceError, code);
        Assert.Contains("cannot be reached", stderr.ToString());
        Assert.Contains("run the same command again to resume", stderr.ToString());
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var noGraph = new StringWriter();
        Assert.Equal(ExitCodes.InputError, await PushCommand.RunAsync(empty, Endpoint, new PushOptions(), TimeSpan.FromSeconds(10), RemoteCredentials.None,
            new StringWriter(), noGraph, CancellationToken.None));
        Assert.Contains("holds no graph file", noGraph.ToString());
    }

    [Fact]
    public void Credentials_come_from_the_environment_and_never_print_the_secret()
    {
        var env = new Dictionary<string, string?> { ["KG_ENDPOINT_USER"] = "alice", ["KG_ENDPOINT_PASSWORD"] = "s3cret-value" };
        var credentials = RemoteCredentials.FromEnvironment(n => env.GetValueOrDefault(n));
        Assert.True(credentials.HasPassword);
        Assert.DoesNotContain("s3cret-value", credentials.ToString());
        Assert.False(RemoteCredentials.FromEnvironment(_ => null).HasPassword);
    }
}
