using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>Bounded resources over real HTTP: the per-query row budget, the concurrency limit, body limits, and
/// readers that do not queue behind a waiting writer.</summary>
public class LimitsTests
{
    private static string Q(string query) => "/sparql?query=" + Uri.EscapeDataString(query);

    /// <summary>A three-way cross product over 300 triples: 27 million rows, each kept by GROUP BY.</summary>
    // Grouped by all three objects: every distinct combination is a group the engine must hold (a plain COUNT(*) over
    // the cross product streams through one accumulator and holds nothing since the aggregation rewrite).
    private const string CrossProductCount = "SELECT ?c ?f ?i (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c ?f ?i";

    /// <summary>The same cross product, streamed through a filter that keeps nothing: slow but holds no rows.</summary>
    private const string SlowScan = "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) }";

    [Fact]
    public async Task A_query_past_its_row_budget_stops_with_503_and_the_server_keeps_answering()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(300), o => o with { RowBudget = 200_000 });
        var watch = Stopwatch.StartNew();
        var r = await server.Client.GetAsync(Q(CrossProductCount));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.Equal("memory-budget", r.Headers.GetValues("X-Kg-Limit").Single());
        Assert.Contains("memory budget", await r.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"stopped after {watch.Elapsed}");
        // ORDER BY over the cross product keeps every row too.
        var sorted = await server.Client.GetAsync(Q("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"));
        Assert.Equal("memory-budget", sorted.Headers.GetValues("X-Kg-Limit").Single());
        // The memory is given back: the process is collected and compacted after such a stop.
        Assert.True(GC.GetGCMemoryInfo().HeapSizeBytes < 400L * 1024 * 1024, $"heap {GC.GetGCMemoryInfo().HeapSizeBytes:N0} bytes after the stop");
        var ok = await server.Client.GetAsync(Q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("\"304\"", await ok.Content.ReadAsStringAsync());
        var metrics = await server.Client.GetStringAsync("/metrics");
        Assert.Contains("kg_query_stopped_total{limit=\"memory-budget\"} 2", metrics);
    }

    [Fact]
    public async Task The_budget_shared_by_all_queries_stops_a_query_that_would_overdraw_it()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(300), o => o with { RowBudget = 100_000, ServerRowBudget = 100_000 });
        var r = await server.Client.GetAsync(Q(CrossProductCount));
        Assert.Equal("memory-budget", r.Headers.GetValues("X-Kg-Limit").Single());
        // The lease is returned when the query ends: the next heavy-but-bounded query has the whole budget again.
        var ok = await server.Client.GetAsync(Q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d <http://www.w3.org/2000/01/rdf-schema#label> ?f }"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("\"608\"", await ok.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Past_the_concurrency_limit_a_query_waits_then_gets_503_with_retry_after()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(300),
            o => o with { MaxConcurrentQueries = 1, QueueWait = TimeSpan.FromMilliseconds(300), QueryTimeout = TimeSpan.FromSeconds(3) });
        var slow = server.Client.GetAsync(Q(SlowScan));
        await Task.Delay(500);
        var r = await server.Client.GetAsync(Q("ASK {}"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.NotNull(r.Headers.RetryAfter);
        Assert.Contains("too many queries", await r.Content.ReadAsStringAsync());
        var first = await slow;
        Assert.Equal("timeout", first.Headers.GetValues("X-Kg-Limit").Single());
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(Q("ASK {}"))).StatusCode);
    }

    [Fact]
    public async Task A_body_past_the_limit_is_413_with_a_message()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(), o => o with { MaxBodyBytes = 10_000 });
        var big = new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = "ASK {} #" + new string('x', 50_000) });
        // As curl does for large bodies: the server can refuse on the headers, before the body is sent.
        var declared = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = big };
        declared.Headers.ExpectContinue = true;
        var r = await server.Client.SendAsync(declared);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("at most 10,000", await r.Content.ReadAsStringAsync());

        // Without a Content-Length (chunked), the limit is met while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("ASK {} #" + new string('x', 12_000))));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/sparql-query");
        var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var c = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, c.StatusCode);
        Assert.Contains("larger than this server accepts", await c.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_waiting_writer_does_not_stall_readers()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(300),
            o => LiveServer.Writable(o) with { QueryTimeout = TimeSpan.FromSeconds(3) });
        var slow = server.Client.GetAsync(Q(SlowScan));
        await Task.Delay(400);
        var update = new HttpRequestMessage(HttpMethod.Post, "/update")
        {
            Content = new StringContent("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }", Encoding.UTF8, "application/sparql-update"),
        };
        update.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveServer.Token);
        var write = server.Client.SendAsync(update);
        await Task.Delay(300);
        Assert.False(write.IsCompleted, "the update should be waiting for the long query");
        var watch = Stopwatch.StartNew();
        var ask = await server.Client.GetAsync(Q("ASK { ?s ?p ?o }"));
        var waited = watch.Elapsed;
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.True(waited < TimeSpan.FromSeconds(1.5), $"a trivial ASK waited {waited.TotalSeconds:0.00} s behind the queued update");
        await slow;
        Assert.Equal(HttpStatusCode.NoContent, (await write).StatusCode);
    }
}
