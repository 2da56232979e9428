using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.PackStream;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests.Bolt;

/// <summary>The Bolt client against the real Neo4j 3.1.1 (Bolt 1) that scripts/neo4j.sh runs.</summary>
[Collection(Neo4jCollection.Name)]
public class BoltRealServerTests
{
    private readonly Neo4jServerFixture _server;

    public BoltRealServerTests(Neo4jServerFixture server) => _server = server;

    private static Dictionary<string, object?> P(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public async Task Handshake_agrees_on_bolt_1_with_neo4j_3()
    {
        await using var driver = _server.CreateDriver();
        var (agent, version) = await driver.VerifyConnectivityAsync();
        Assert.Equal(BoltVersion.V1, version);
        Assert.StartsWith("Neo4j/3.", agent);
    }

    [Fact]
    public async Task Parameters_and_values_of_every_basic_type_round_trip_through_the_server()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        var values = P(("n", null), ("b", true), ("i", -123456789012L), ("tiny", 7L), ("f", 2.5), ("s", "Élysée — Кремль 🚀"),
            ("l", new List<object?> { 1L, "two", 3.0 }), ("m", P(("k", "v"), ("nested", new List<object?> { false }))),
            ("long", new string('é', 70000)));
        var stream = await session.RunAsync("RETURN $n AS n, $b AS b, $i AS i, $tiny AS tiny, $f AS f, $s AS s, $l AS l, $m AS m, $long AS long", values);
        Assert.Equal(new[] { "n", "b", "i", "tiny", "f", "s", "l", "m", "long" }, stream.Keys);
        var rows = await ((BoltRecordStream)stream).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Null(row["n"]);
        Assert.Equal(true, row["b"]);
        Assert.Equal(-123456789012L, row["i"]);
        Assert.Equal(7L, row["tiny"]);
        Assert.Equal(2.5, row["f"]);
        Assert.Equal("Élysée — Кремль 🚀", row["s"]);
        Assert.Equal(new List<object?> { 1L, "two", 3.0 }, row["l"]);
        var map = Assert.IsType<Dictionary<string, object?>>(row["m"]);
        Assert.Equal("v", map["k"]);
        Assert.Equal(70000, ((string)row["long"]!).Length);
    }

    [Fact]
    public async Task Records_stream_in_order_and_the_summary_follows()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        var stream = await session.RunAsync("UNWIND range(1, $n) AS x RETURN x", P(("n", 5000L)));
        long expected = 1;
        await foreach (var record in stream) Assert.Equal(expected++, record["x"]);
        Assert.Equal(5001, expected);
        var summary = await stream.ConsumeAsync();
        Assert.Equal("r", summary.Metadata["type"]);
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_decode_into_graph_entities()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        await using var tx = await session.BeginTransactionAsync();
        var stream = await tx.RunAsync(
            "CREATE p = (a:BoltTest:Person {name: 'A'})-[r:KNOWS {since: 2020}]->(b:BoltTest {name: 'B'}) RETURN a, r, b, p");
        var row = Assert.Single(await ((BoltRecordStream)stream).ToListAsync());
        var a = Assert.IsType<Node>(row["a"]);
        var r = Assert.IsType<Relationship>(row["r"]);
        var path = Assert.IsType<KnowledgeGraph.Neo4j.PackStream.Path>(row["p"]);
        Assert.Contains("Person", a.Labels);
        Assert.Equal("A", a.Properties["name"]);
        Assert.Equal(("KNOWS", 2020L, a.Id), (r.Type, r.Properties["since"], r.StartNodeId));
        Assert.Equal(new[] { "A", "B" }, path.OrderedNodes.Select(n => n.Properties["name"]));
        await tx.RollbackAsync();

        var count = await session.RunAsync("MATCH (n:BoltTest) RETURN count(n) AS c");
        Assert.Equal(0L, Assert.Single(await ((BoltRecordStream)count).ToListAsync())["c"]);
    }

    [Fact]
    public async Task Syntax_error_surfaces_with_neo4j_code_and_the_session_works_again()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        var e = await Assert.ThrowsAsync<Neo4jServerException>(() => session.RunAsync("RETRUN 1"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("RETRUN", e.ServerMessage);

        var after = await session.RunAsync("RETURN 41 + 1 AS answer");
        Assert.Equal(42L, Assert.Single(await ((BoltRecordStream)after).ToListAsync())["answer"]);
    }

    [Fact]
    public async Task Failure_mid_stream_is_raised_to_the_reader_and_the_session_recovers()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        var stream = await session.RunAsync("UNWIND [1, 2, 0] AS x RETURN 10 / x AS y");
        var e = await Assert.ThrowsAsync<Neo4jServerException>(async () => { await foreach (var _ in stream) { } });
        Assert.StartsWith("Neo.", e.Code);
        var after = await session.RunAsync("RETURN 1 AS one");
        Assert.Equal(1L, Assert.Single(await ((BoltRecordStream)after).ToListAsync())["one"]);
    }

    [Fact]
    public async Task Failed_statement_in_a_transaction_rolls_it_back_and_the_session_is_usable()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        var tx = await session.BeginTransactionAsync();
        await (await tx.RunAsync("CREATE (:BoltTxFail {k: 1})")).ConsumeAsync();
        await Assert.ThrowsAsync<Neo4jServerException>(() => tx.RunAsync("THIS IS NOT CYPHER"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync());
        await tx.DisposeAsync();
        var count = await session.RunAsync("MATCH (n:BoltTxFail) RETURN count(n) AS c");
        Assert.Equal(0L, Assert.Single(await ((BoltRecordStream)count).ToListAsync())["c"]);
    }

    [Fact]
    public async Task Committed_transaction_is_visible_and_counters_are_reported()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        await (await session.RunAsync("MATCH (n:BoltCommit) DETACH DELETE n")).ConsumeAsync();
        await using (var tx = await session.BeginTransactionAsync())
        {
            var summary = await (await tx.RunAsync("UNWIND range(1, 3) AS i CREATE (:BoltCommit {i: i})")).ConsumeAsync();
            Assert.Equal(3, summary.Counter("nodes-created"));
            await tx.CommitAsync();
        }
        var count = await session.RunAsync("MATCH (n:BoltCommit) RETURN count(n) AS c");
        Assert.Equal(3L, Assert.Single(await ((BoltRecordStream)count).ToListAsync())["c"]);
        await (await session.RunAsync("MATCH (n:BoltCommit) DETACH DELETE n")).ConsumeAsync();
    }

    [Fact]
    public async Task Starting_a_new_query_keeps_the_unread_records_of_the_previous_one()
    {
        await using var driver = _server.CreateDriver();
        await using var session = await driver.OpenSessionAsync();
        var first = await session.RunAsync("UNWIND range(1, 100) AS x RETURN x");
        var second = await session.RunAsync("RETURN 'second' AS s");
        Assert.Equal("second", Assert.Single(await ((BoltRecordStream)second).ToListAsync())["s"]);
        Assert.Equal(100, (await ((BoltRecordStream)first).ToListAsync()).Count);
    }

    [Fact]
    public async Task Pool_reuses_connections_returned_by_sessions()
    {
        await using var driver = _server.CreateDriver(new BoltClientOptions(MaxPoolSize: 2));
        await using (var s1 = await driver.OpenSessionAsync())
        await using (var s2 = await driver.OpenSessionAsync())
        {
            await Task.WhenAll(
                ((BoltRecordStream)await s1.RunAsync("RETURN 1")).ToListAsync(),
                ((BoltRecordStream)await s2.RunAsync("RETURN 2")).ToListAsync());
        }
        Assert.Equal(2, driver.IdleConnections);
        await using (var s3 = await driver.OpenSessionAsync()) { await ((BoltRecordStream)await s3.RunAsync("RETURN 3")).ToListAsync(); }
        Assert.Equal(2, driver.IdleConnections);
    }

    [Fact]
    public async Task Cancellation_stops_a_query_and_the_broken_connection_is_not_pooled()
    {
        await using var driver = _server.CreateDriver();
        var session = await driver.OpenSessionAsync();
        using var cts = new CancellationTokenSource();
        var stream = await session.RunAsync("UNWIND range(1, 2000000) AS x RETURN x");
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in stream.WithCancellation(cts.Token))
                if (++read == 10) cts.Cancel();
        });
        await session.DisposeAsync();
        Assert.Equal(0, driver.IdleConnections);
        await using var fresh = await driver.OpenSessionAsync();
        Assert.Equal(5L, Assert.Single(await ((BoltRecordStream)await fresh.RunAsync("RETURN 5 AS v")).ToListAsync())["v"]);
    }

    [Fact]
    public async Task Offering_only_versions_the_server_lacks_is_refused_by_name()
    {
        await using var driver = _server.CreateDriver(new BoltClientOptions(ProtocolVersions: new[] { BoltVersion.V5_4, BoltVersion.V4_4 }));
        var e = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.OpenSessionAsync());
        Assert.Contains("handshake refused", e.Message);
        Assert.Contains("5.4", e.Message);
    }
}
