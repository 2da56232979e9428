using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>Operations over real HTTP: request log, /metrics, dumps (gzip, validators, 304, HEAD), VoID, graceful shutdown.</summary>
public class OperationsTests
{
    private static string Q(string query) => "/sparql?query=" + Uri.EscapeDataString(query);

    [Fact]
    public async Task Every_request_is_one_json_log_line_with_the_query_hash()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store());
        const string query = "ASK { ?s ?p ?o }";
        await server.Client.GetAsync(Q(query));
        await server.Client.GetAsync("/id/person/nobody");
        var lines = server.Log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var e = first.RootElement;
        Assert.Equal("GET", e.GetProperty("method").GetString());
        Assert.Equal("/sparql", e.GetProperty("path").GetString());
        Assert.Equal(200, e.GetProperty("status").GetInt32());
        Assert.True(e.GetProperty("ms").GetDouble() >= 0);
        Assert.Equal(KgServer.QueryHash(query), e.GetProperty("query_hash").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(404, second.RootElement.GetProperty("status").GetInt32());
        Assert.False(second.RootElement.TryGetProperty("query_hash", out _));
    }

    [Theory]
    [InlineData("ASK { ?s ?p ?o }")]
    [InlineData("SELECT ?n WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> \"Élysée\"@fr }")]
    public void The_query_hash_is_the_xxh3_of_the_utf8_text_as_16_hex_digits(string query)
    {
        // A text longer than the hash's stack buffer (1,024 bytes) takes the pooled path: same function of the bytes.
        foreach (var text in new[] { query, query + new string(' ', 2_000) + "# é" })
        {
            var hash = KgServer.QueryHash(text);
            Assert.Matches("^[0-9a-f]{16}$", hash);
            Assert.Equal(System.IO.Hashing.XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text)).ToString("x16"), hash);
            Assert.Equal(hash, KgServer.QueryHash(new string(text.AsSpan())));
        }
        Assert.NotEqual(KgServer.QueryHash(query), KgServer.QueryHash(query + " "));
    }

    [Fact]
    public async Task Metrics_are_prometheus_text_with_requests_latencies_stops_and_memory()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store());
        await server.Client.GetAsync(Q("ASK {}"));
        await server.Client.GetAsync(Q("ASK {}"));
        await server.Client.GetAsync(Q("BAD"));
        var r = await server.Client.GetAsync("/metrics");
        Assert.Equal("text/plain", r.Content.Headers.ContentType!.MediaType);
        var text = await r.Content.ReadAsStringAsync();
        Assert.Contains("kg_http_requests_total{route=\"/sparql\",method=\"GET\",status=\"200\"} 2", text);
        Assert.Contains("kg_http_requests_total{route=\"/sparql\",method=\"GET\",status=\"400\"} 1", text);
        Assert.Contains("kg_http_request_duration_seconds_count{route=\"/sparql\"} 3", text);
        Assert.Contains("kg_http_request_duration_seconds_bucket{route=\"/sparql\",le=\"+Inf\"} 3", text);
        Assert.Contains("kg_query_stopped_total{limit=\"timeout\"} 0", text);
        Assert.Contains("kg_store_statements 4", text);
        Assert.Matches(@"process_resident_memory_bytes \d+", text);
        // Every sample line is NAME{labels} VALUE or NAME VALUE, every family has HELP and TYPE.
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')))
            Assert.Matches(@"^[a-z_]+(\{[^}]*\})? -?[0-9.e+]+$", line);
    }

    [Fact]
    public async Task Dumps_carry_validators_length_gzip_and_answer_304_and_head()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(), LiveServer.Writable);
        var plain = await server.Client.GetAsync("/dump/graph.nq");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, plain.Content.Headers.ContentLength);
        var etag = plain.Headers.ETag!;
        Assert.NotNull(plain.Content.Headers.LastModified);
        var quads = new NQuadsParser().Read(new StringReader(Encoding.UTF8.GetString(bytes)), new RdfReaderOptions("dump")).ToList();
        Assert.Equal(4, quads.Count);

        var gzRequest = new HttpRequestMessage(HttpMethod.Get, "/dump/graph.nq");
        gzRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var gz = await server.Client.SendAsync(gzRequest);
        Assert.Equal("gzip", gz.Content.Headers.ContentEncoding.Single());
        var zipped = await gz.Content.ReadAsByteArrayAsync();
        Assert.Equal(zipped.Length, gz.Content.Headers.ContentLength);
        using (var unzip = new GZipStream(new MemoryStream(zipped), CompressionMode.Decompress))
        using (var back = new MemoryStream())
        {
            unzip.CopyTo(back);
            Assert.Equal(bytes, back.ToArray());
        }
        Assert.NotEqual(etag, gz.Headers.ETag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/dump/graph.nq");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(conditional)).StatusCode);
        var since = new HttpRequestMessage(HttpMethod.Get, "/dump/graph.nq");
        since.Headers.IfModifiedSince = plain.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(since)).StatusCode);

        var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/dump/graph.nq"));
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        // A change of the data is a new version: new ETag, new bytes.
        var update = new HttpRequestMessage(HttpMethod.Post, "/update")
        {
            Content = new StringContent("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }", Encoding.UTF8, "application/sparql-update"),
        };
        update.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveServer.Token);
        await server.Client.SendAsync(update);
        var again = new HttpRequestMessage(HttpMethod.Get, "/dump/graph.nq");
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("http://example.org/s", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Void_counts_classes_and_properties_and_links_dumps_and_endpoint()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(3), o => o with { License = "https://creativecommons.org/licenses/by/4.0/" });
        var r = await server.Client.GetAsync("/.well-known/void");
        Assert.Equal("text/turtle", r.Content.Headers.ContentType!.MediaType);
        var triples = new TurtleParser().Read(new StringReader(await r.Content.ReadAsStringAsync()), new RdfReaderOptions("void")).Select(q => q.Triple).ToList();
        const string v = "http://rdfs.org/ns/void#";
        var d = new UriNode(server.Url + "/.well-known/void#dataset");
        INode Value(INode s, string p) => triples.Single(t => t.Subject.Equals(s) && t.Predicate.Equals(new UriNode(p))).Object;
        Assert.Equal("7", ((ILiteralNode)Value(d, v + "triples")).Value);
        Assert.Equal("5", ((ILiteralNode)Value(d, v + "distinctSubjects")).Value);
        Assert.Equal(new UriNode(server.Url + "/sparql"), Value(d, v + "sparqlEndpoint"));
        Assert.Equal(new UriNode("https://creativecommons.org/licenses/by/4.0/"), Value(d, "http://purl.org/dc/terms/license"));
        Assert.Contains(new Triple(d, new UriNode(v + "dataDump"), new UriNode(server.Url + "/dump/graph.ttl")), triples);
        var personPartition = triples.Single(t => t.Predicate.Equals(new UriNode(v + "class")) && t.Object.Equals(new UriNode(ServerTestData.Foaf + "Person"))).Subject;
        Assert.Equal("2", ((ILiteralNode)Value(personPartition, v + "entities")).Value);
        var labelPartition = triples.Single(t => t.Predicate.Equals(new UriNode(v + "property")) && t.Object.Equals(new UriNode(Vocabulary.Rdfs + "label"))).Subject;
        Assert.Equal("2", ((ILiteralNode)Value(labelPartition, v + "triples")).Value);
        Assert.NotNull(r.Headers.ETag);
    }

    [Fact]
    public async Task Shutdown_lets_the_running_request_finish_and_answers_new_ones_503()
    {
        var server = await LiveServer.StartAsync(ServerTestData.Store(300), o => o with { QueryTimeout = TimeSpan.FromSeconds(2), ShutdownGrace = TimeSpan.FromSeconds(10) });
        try
        {
            var slow = server.Client.GetAsync(Q("ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) }"));
            // drain once the query is in flight (a fixed delay raced the request's arrival on a loaded machine)
            var arrival = Stopwatch.StartNew();
            while (server.Server.Metrics.InFlight == 0 && arrival.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(10);
            Assert.True(server.Server.Metrics.InFlight > 0, "the slow query never reached the server");
            var drain = server.Server.DrainAsync(server.App);
            await Task.Delay(100);
            var late = await server.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, late.StatusCode);
            Assert.Contains("shutting down", await late.Content.ReadAsStringAsync());
            var finished = await slow;
            // The in-flight query got its complete answer (here its timeout message), not a dropped connection.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, finished.StatusCode);
            Assert.Equal("timeout", finished.Headers.GetValues("X-Kg-Limit").Single());
            await drain;
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
